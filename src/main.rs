//! Entry point of the self-assessment page (index.html), and of the widget host pages embed.
fulcrum::page_entry_point!(fulcrum::ui::assessment_screens::render);
