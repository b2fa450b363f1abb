//! Shared harness for the end-to-end tests (server, chromedriver, browser session).
//!
//! A test serves the release build (`$FULCRUM_DIST`, made by `scripts/test.sh`) on
//! `127.0.0.1:0`, starts its own chromedriver on a free port, opens headless Chromium sessions
//! with a fresh profile each, and waits on conditions with bounded timeouts (never fixed
//! sleeps). Everything stops when dropped.
//!
//! Sessions also save downloads into their own directory ([`Browser::wait_for_download`]),
//! take keyboard input the way a user gives it ([`Browser::press`], [`Browser::focused`]),
//! and read the page's localStorage ([`Browser::local_storage`]). [`widget`] knows the
//! Fulcrum screens; [`instrument`] knows the built-in questionnaire and the scores it gives;
//! [`axe`] audits a page's accessibility with axe-core, in the light or the dark scheme.
//!
//! ```no_run
//! use fulcrum_e2e::Harness;
//!
//! # async fn example() -> fulcrum_e2e::Result<()> {
//! let harness = Harness::start()?;
//! let browser = harness.browser().start().await?;
//! browser.goto(&harness.url("/")).await?;
//! browser.wait_for("[data-fulcrum] h1").await?;
//! browser.assert_same_origin(&harness.origin()).await?;
//! browser.quit().await?;
//! # Ok(())
//! # }
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::ops::Deref;
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;
use thirtyfour::{
    By, ChromiumLikeCapabilities, DesiredCapabilities, Key, LoggingPrefsLogLevel, TypingData,
    WebDriver, WebElement,
};

pub use thirtyfour;

pub mod axe;
pub mod feedback;
pub mod instrument;
pub mod widget;

/// Errors from the harness and from WebDriver, with a readable message.
pub type Error = Box<dyn std::error::Error + Send + Sync + 'static>;
/// Result type for harness calls and for tests (`async fn t() -> fulcrum_e2e::Result<()>`).
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How long the `wait_*` helpers wait before failing.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15);
/// How often the `wait_*` helpers re-check their condition.
pub const POLL_INTERVAL: Duration = Duration::from_millis(50);
/// Default browser window size.
pub const DEFAULT_WINDOW: (u32, u32) = (1280, 900);
/// The narrow (mobile) viewport width the layout must support.
pub const NARROW_WIDTH: u32 = 320;
/// Chromium will not make a window narrower than this; narrower viewports are emulated
/// (chromedriver `mobileEmulation.deviceMetrics`).
pub const MIN_WINDOW_WIDTH: u32 = 500;

/// Chromium flags that keep it quiet on a closed network and runnable as root
/// (same list as `webdriver.json` at the repository root).
pub const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--disable-quic",
];

fn err(message: impl Into<String>) -> Error {
    message.into().into()
}

/// The release build to test: `$FULCRUM_DIST` (set by `scripts/test.sh`).
///
/// Panics with instructions if it is unset or holds no `index.html`.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("FULCRUM_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            panic!(
                "FULCRUM_DIST is not set. Run scripts/test.sh (or: trunk build --release \
             --dist target/dist-release && FULCRUM_DIST=$PWD/target/dist-release \
             cargo test -p fulcrum-e2e)"
            )
        });
    assert!(
        dir.join("index.html").is_file(),
        "FULCRUM_DIST={} has no index.html; build it with scripts/test.sh release",
        dir.display()
    );
    dir
}

/// Copies the release build's files (not its folders) into `root`, for a host site of a
/// test's own: its pages beside the widget's files, as an intranet would deploy them.
pub fn copy_release_into(root: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dist_dir())? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), root.join(entry.file_name()))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Static file server
// ---------------------------------------------------------------------------------------------

/// A static file server for a directory on `127.0.0.1:<free port>`.
///
/// Serves `index.html` for `/`, sets the right `Content-Type`, records the path of every
/// request it received, and stops when dropped.
///
/// Each connection gets a thread of its own and carries one request (`Connection: close`).
/// (It used `tiny_http` before: its worker pool can lose a new connection when five or more
/// arrive at once while the others are kept alive, so a page with many subresources — the
/// feedback page — sometimes never got its `.wasm`.)
pub struct StaticServer {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// Options for [`StaticServer`]: extra response headers (e.g. a Content-Security-Policy).
#[derive(Debug, Clone)]
pub struct StaticServerBuilder {
    root: PathBuf,
    headers: Vec<(String, String)>,
}

/// How long a connection may take to send its request before it is dropped.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest request head (request line and headers) the server reads.
const MAX_REQUEST_HEAD: usize = 64 * 1024;

impl StaticServerBuilder {
    /// Adds a header to every response (e.g. `Content-Security-Policy`).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Binds `127.0.0.1:0` and starts serving in a background thread.
    pub fn start(self) -> Result<StaticServer> {
        let root = self.root.canonicalize().map_err(|e| {
            err(format!(
                "cannot serve {}: {e}",
                self.root.as_path().display()
            ))
        })?;
        for (name, value) in &self.headers {
            let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
            if name.is_empty() || !name.chars().all(token) || value.contains(['\r', '\n']) {
                return Err(err(format!("invalid header {name}: {value}")));
            }
        }
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let site = Arc::new(Site {
            root,
            headers: self.headers,
            requests: Arc::clone(&requests),
        });
        let thread = {
            let stop = Arc::clone(&stop);
            std::thread::Builder::new()
                .name("fulcrum-e2e-static".into())
                .spawn(move || {
                    for stream in listener.incoming() {
                        if stop.load(Ordering::SeqCst) {
                            break;
                        }
                        let Ok(stream) = stream else { continue };
                        let site = Arc::clone(&site);
                        // The browser may have gone away; nothing to do about it.
                        let _ = std::thread::Builder::new()
                            .name("fulcrum-e2e-static-conn".into())
                            .spawn(move || site.serve(stream));
                    }
                })?
        };
        Ok(StaticServer {
            addr,
            requests,
            stop,
            thread: Some(thread),
        })
    }
}

impl StaticServer {
    /// Serves `root` with default headers.
    pub fn start(root: impl Into<PathBuf>) -> Result<Self> {
        Self::builder(root).start()
    }

    /// Serves `root`, configured by the returned builder.
    pub fn builder(root: impl Into<PathBuf>) -> StaticServerBuilder {
        StaticServerBuilder {
            root: root.into(),
            headers: Vec::new(),
        }
    }

    /// The socket address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The page origin, e.g. `http://127.0.0.1:40123` (no trailing slash).
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// An absolute URL for `path` (which should start with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin(), path)
    }

    /// Every request path (with query string) received so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("request log").clone()
    }
}

impl fmt::Debug for StaticServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees `stop`.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// What every connection thread needs: the directory, the extra headers, the request log.
struct Site {
    root: PathBuf,
    headers: Vec<(String, String)>,
    requests: Arc<Mutex<Vec<String>>>,
}

/// A response: status, content type, body.
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Site {
    /// Reads one request from `stream`, answers it and closes the connection.
    fn serve(&self, mut stream: TcpStream) {
        let _ = stream.set_read_timeout(Some(REQUEST_TIMEOUT));
        let Some(head) = read_head(&mut stream) else {
            return;
        };
        let mut parts = head.lines().next().unwrap_or_default().split_whitespace();
        let (method, url) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        if method.is_empty() || url.is_empty() {
            let _ = self.write(&mut stream, &text(400, "bad request"), false);
            return;
        }
        self.requests
            .lock()
            .expect("request log")
            .push(url.to_owned());
        let reply = match method {
            "GET" | "HEAD" => match resolve(&self.root, url) {
                Some(file) => match std::fs::read(&file) {
                    Ok(body) => Reply {
                        status: 200,
                        content_type: content_type(&file),
                        body,
                    },
                    Err(_) => text(404, "not found"),
                },
                None => text(404, "not found"),
            },
            _ => text(405, "method not allowed"),
        };
        let _ = self.write(&mut stream, &reply, method == "HEAD");
    }

    fn write(&self, stream: &mut TcpStream, reply: &Reply, head_only: bool) -> std::io::Result<()> {
        let reason = match reply.status {
            200 => "OK",
            400 => "Bad Request",
            404 => "Not Found",
            _ => "Method Not Allowed",
        };
        let mut out = format!(
            "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
             Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
            reply.status,
            reply.content_type,
            reply.body.len()
        );
        for (name, value) in &self.headers {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str("\r\n");
        let mut bytes = out.into_bytes();
        if !head_only {
            bytes.extend_from_slice(&reply.body);
        }
        stream.write_all(&bytes)?;
        stream.flush()?;
        stream.shutdown(std::net::Shutdown::Write)
    }
}

fn text(status: u16, body: &str) -> Reply {
    Reply {
        status,
        content_type: "text/plain; charset=utf-8",
        body: body.as_bytes().to_vec(),
    }
}

/// Reads a request's head (up to the blank line), or `None` if the connection ends or sends
/// too much first. A GET or HEAD has no body, so nothing after it matters.
fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).ok().filter(|n| *n > 0)?;
        head.extend_from_slice(&buf[..n]);
        if head.len() > MAX_REQUEST_HEAD {
            return None;
        }
    }
    String::from_utf8(head).ok()
}

/// The `Content-Type` for a file name.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request URL to a file under `root`: `/` is `index.html`; rejects `..`.
fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let relative = path.trim_start_matches('/');
    let relative = if relative.is_empty() {
        "index.html"
    } else {
        relative
    };
    let relative = Path::new(relative);
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = root.join(relative);
    let file = if file.is_dir() {
        file.join("index.html")
    } else {
        file
    };
    file.is_file().then_some(file)
}

// ---------------------------------------------------------------------------------------------
// chromedriver
// ---------------------------------------------------------------------------------------------

/// A chromedriver process on a free port; killed when dropped.
pub struct ChromeDriver {
    child: Child,
    url: String,
    output: Arc<Mutex<String>>,
}

impl ChromeDriver {
    /// How long to wait for chromedriver to report its port and answer `/status`.
    pub const STARTUP_TIMEOUT: Duration = Duration::from_secs(20);

    /// Starts `$CHROMEDRIVER` (default `/usr/bin/chromedriver`) with `--port=0` and waits
    /// until its `/status` says it is ready.
    pub fn start() -> Result<Self> {
        let program =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let mut child = Command::new(&program)
            .arg("--port=0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| err(format!("cannot start chromedriver {program}: {e}")))?;
        let output = Arc::new(Mutex::new(String::new()));
        let (port_tx, port_rx) = mpsc::channel();
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr = child.stderr.take().expect("piped stderr");
        spawn_collector(stdout, Arc::clone(&output), Some(port_tx));
        spawn_collector(stderr, Arc::clone(&output), None);

        let mut driver = ChromeDriver {
            child,
            url: String::new(),
            output,
        };
        let deadline = Instant::now() + Self::STARTUP_TIMEOUT;
        let port: u16 = port_rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .map_err(|_| {
                err(format!(
                    "chromedriver did not report its port within {:?}; output:\n{}",
                    Self::STARTUP_TIMEOUT,
                    driver.output()
                ))
            })?;
        driver.url = format!("http://127.0.0.1:{port}");
        loop {
            if status_ready(port) {
                return Ok(driver);
            }
            if let Ok(Some(exit)) = driver.child.try_wait() {
                return Err(err(format!(
                    "chromedriver exited ({exit}); output:\n{}",
                    driver.output()
                )));
            }
            if Instant::now() >= deadline {
                return Err(err(format!(
                    "chromedriver on port {port} not ready within {:?}; output:\n{}",
                    Self::STARTUP_TIMEOUT,
                    driver.output()
                )));
            }
            std::thread::sleep(POLL_INTERVAL);
        }
    }

    /// The WebDriver endpoint, e.g. `http://127.0.0.1:40123`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Everything chromedriver printed so far (for diagnostics).
    pub fn output(&self) -> String {
        self.output.lock().expect("chromedriver output").clone()
    }
}

impl fmt::Debug for ChromeDriver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChromeDriver")
            .field("pid", &self.child.id())
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Copies a child's output into `sink`; sends the port from chromedriver's
/// "ChromeDriver was started successfully on port N." line to `port_tx`.
fn spawn_collector(
    stream: impl Read + Send + 'static,
    sink: Arc<Mutex<String>>,
    mut port_tx: Option<mpsc::Sender<u16>>,
) {
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if let Some(tx) = &port_tx {
                if let Some(port) = line
                    .split("on port ")
                    .nth(1)
                    .map(|rest| rest.trim_end_matches('.').trim())
                    .and_then(|p| p.parse::<u16>().ok())
                    .filter(|p| *p != 0)
                {
                    let _ = tx.send(port);
                    port_tx = None;
                }
            }
            let mut sink = sink.lock().expect("chromedriver output");
            sink.push_str(&line);
            sink.push('\n');
        }
    });
}

/// `GET /status` on chromedriver; true once it answers `"ready": true`.
fn status_ready(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = "GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let Some((_, body)) = response.split_once("\r\n\r\n") else {
        return false;
    };
    response.starts_with("HTTP/1.1 200")
        && serde_json::from_str::<Value>(body)
            .map(|v| v["value"]["ready"] == Value::Bool(true))
            .unwrap_or(false)
}

// ---------------------------------------------------------------------------------------------
// Harness = server + chromedriver
// ---------------------------------------------------------------------------------------------

/// The release build served on 127.0.0.1 plus a chromedriver: what almost every test needs.
#[derive(Debug)]
pub struct Harness {
    /// The static server for `$FULCRUM_DIST`.
    pub server: StaticServer,
    /// The chromedriver the browsers of this harness run under.
    pub chromedriver: ChromeDriver,
}

impl Harness {
    /// Serves [`dist_dir`] and starts chromedriver.
    pub fn start() -> Result<Self> {
        Self::with_server(StaticServer::start(dist_dir())?)
    }

    /// Uses an already configured server (e.g. one with a CSP header).
    pub fn with_server(server: StaticServer) -> Result<Self> {
        Ok(Harness {
            server,
            chromedriver: ChromeDriver::start()?,
        })
    }

    /// The page origin, e.g. `http://127.0.0.1:40123`.
    pub fn origin(&self) -> String {
        self.server.origin()
    }

    /// An absolute URL on the server for `path`.
    pub fn url(&self, path: &str) -> String {
        self.server.url(path)
    }

    /// A browser session builder on this harness's chromedriver.
    pub fn browser(&self) -> BrowserBuilder {
        BrowserBuilder::new(self.chromedriver.url())
    }
}

// ---------------------------------------------------------------------------------------------
// Browser sessions
// ---------------------------------------------------------------------------------------------

/// A Chromium profile directory (`--user-data-dir`), deleted when dropped.
///
/// Sessions share stored data (localStorage) only if they use the same profile, one at a time.
#[derive(Debug)]
pub struct Profile {
    dir: tempfile::TempDir,
}

impl Profile {
    /// A fresh, empty profile.
    pub fn new() -> Result<Self> {
        Ok(Profile {
            dir: tempfile::Builder::new()
                .prefix("fulcrum-e2e-profile-")
                .tempdir()?,
        })
    }

    /// Its directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// Builds a headless Chromium session: quiet flags, fresh profile, 1280x900,
/// performance log on, downloads saved without asking into a directory of its own.
#[derive(Debug, Clone)]
pub struct BrowserBuilder {
    driver_url: String,
    size: (u32, u32),
    profile_dir: Option<PathBuf>,
    args: Vec<String>,
    timeout: Duration,
}

impl BrowserBuilder {
    /// A builder for the chromedriver at `driver_url`.
    pub fn new(driver_url: &str) -> Self {
        BrowserBuilder {
            driver_url: driver_url.to_owned(),
            size: DEFAULT_WINDOW,
            profile_dir: None,
            args: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// Viewport size in CSS pixels (default 1280x900). Widths under [`MIN_WINDOW_WIDTH`] are
    /// emulated as a device of that size (pixel ratio 1, no touch), so `window.innerWidth` is
    /// exactly `width`.
    pub fn window_size(mut self, width: u32, height: u32) -> Self {
        self.size = (width, height);
        self
    }

    /// A 320 px wide viewport (the narrowest supported layout).
    pub fn narrow(self) -> Self {
        let height = self.size.1;
        self.window_size(NARROW_WIDTH, height)
    }

    /// Use this profile instead of a fresh one (to see data stored by an earlier session;
    /// quit that session first).
    pub fn profile(mut self, profile: &Profile) -> Self {
        self.profile_dir = Some(profile.path().to_owned());
        self
    }

    /// An extra Chromium command-line flag.
    pub fn arg(mut self, arg: &str) -> Self {
        self.args.push(arg.to_owned());
        self
    }

    /// Timeout for this session's `wait_*` helpers (default [`DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Starts the session.
    pub async fn start(self) -> Result<Browser> {
        let (own_profile, profile_dir) = match self.profile_dir {
            Some(dir) => (None, dir),
            None => {
                let profile = Profile::new()?;
                let dir = profile.path().to_owned();
                (Some(profile), dir)
            }
        };
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(
            &std::env::var("FULCRUM_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        )?;
        for arg in CHROMIUM_ARGS {
            caps.add_arg(arg)?;
        }
        let (width, height) = self.size;
        if width < MIN_WINDOW_WIDTH {
            caps.add_arg(&format!("--window-size={MIN_WINDOW_WIDTH},{height}"))?;
            caps.add_experimental_option(
                "mobileEmulation",
                serde_json::json!({
                    "deviceMetrics": {
                        "width": width,
                        "height": height,
                        "pixelRatio": 1.0,
                        "mobile": true,
                        "touch": false,
                    }
                }),
            )?;
        } else {
            caps.add_arg(&format!("--window-size={width},{height}"))?;
        }
        caps.add_arg(&format!("--user-data-dir={}", profile_dir.display()))?;
        for arg in &self.args {
            caps.add_arg(arg)?;
        }
        // Downloads land in a directory of this session's own, without a prompt.
        let downloads = tempfile::Builder::new()
            .prefix("fulcrum-e2e-downloads-")
            .tempdir()?;
        caps.add_experimental_option(
            "prefs",
            serde_json::json!({
                "download.default_directory": downloads.path(),
                "download.prompt_for_download": false,
                "download.directory_upgrade": true,
            }),
        )?;
        caps.set_logging_prefs("performance", LoggingPrefsLogLevel::All)?;
        caps.set_logging_prefs("browser", LoggingPrefsLogLevel::All)?;
        let driver = WebDriver::new(self.driver_url.as_str(), caps).await?;
        // Drop what Chromium logged while opening its start page: tests see only their own.
        driver.get_log("performance").await?;
        Ok(Browser {
            driver: Some(driver),
            _own_profile: own_profile,
            downloads,
            profile_dir,
            requests: Mutex::new(Vec::new()),
            downloads_seen: Mutex::new(Vec::new()),
            timeout: self.timeout,
        })
    }
}

/// A running browser session. Derefs to [`thirtyfour::WebDriver`] for everything else.
///
/// Call [`Browser::quit`] at the end of a test; dropping it also ends the session.
#[derive(Debug)]
pub struct Browser {
    // Option so `quit` can take it; always Some while the Browser is usable.
    driver: Option<WebDriver>,
    // Declared after `driver` so the session ends before its profile is deleted.
    _own_profile: Option<Profile>,
    downloads: tempfile::TempDir,
    profile_dir: PathBuf,
    requests: Mutex<Vec<String>>,
    // Finished downloads already returned by `wait_for_download`.
    downloads_seen: Mutex<Vec<PathBuf>>,
    timeout: Duration,
}

impl Deref for Browser {
    type Target = WebDriver;

    fn deref(&self) -> &WebDriver {
        self.driver.as_ref().expect("browser session already quit")
    }
}

impl Browser {
    /// The underlying thirtyfour session.
    pub fn driver(&self) -> &WebDriver {
        self
    }

    /// The profile directory (`--user-data-dir`) of this session.
    pub fn profile_dir(&self) -> &Path {
        &self.profile_dir
    }

    /// The timeout the `wait_*` helpers use.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Navigates to `url` (waits for the load event, as WebDriver does).
    pub async fn goto(&self, url: &str) -> Result<()> {
        self.driver().goto(url).await?;
        Ok(())
    }

    /// Polls `check` until it yields `Some`, or fails after this session's timeout.
    /// `what` describes the condition for the error message.
    pub async fn wait_until<T, F, Fut>(&self, what: &str, check: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>>>,
    {
        wait_until(self.timeout, what, check).await
    }

    /// Waits until an element matches the CSS selector; returns the first match.
    pub async fn wait_for(&self, css: &str) -> Result<WebElement> {
        self.wait_until(&format!("an element matching `{css}`"), || async {
            Ok(self
                .driver()
                .find_all(By::Css(css))
                .await?
                .into_iter()
                .next())
        })
        .await
    }

    /// Waits until no element matches the CSS selector.
    pub async fn wait_for_absent(&self, css: &str) -> Result<()> {
        self.wait_until(&format!("no element matching `{css}`"), || async {
            Ok(self
                .driver()
                .find_all(By::Css(css))
                .await?
                .is_empty()
                .then_some(()))
        })
        .await
    }

    /// Waits until some element matching the CSS selector has rendered text containing
    /// `text`; returns that element.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> Result<WebElement> {
        let what = format!("an element matching `{css}` with text containing {text:?}");
        self.wait_until(&what, || async {
            for element in self.driver().find_all(By::Css(css)).await? {
                // The element may be replaced between find and read: treat as "not yet".
                if let Ok(t) = element.text().await {
                    if t.contains(text) {
                        return Ok(Some(element));
                    }
                }
            }
            Ok(None)
        })
        .await
    }

    /// Evaluates a JavaScript expression once and returns its JSON value.
    pub async fn eval(&self, expression: &str) -> Result<Value> {
        let ret = self
            .driver()
            .execute(format!("return ({expression});"), Vec::new())
            .await?;
        Ok(ret.json().clone())
    }

    /// Waits until a JavaScript expression is truthy; returns its value. Exceptions count as
    /// "not yet" (the last one is reported on timeout).
    pub async fn wait_for_js(&self, expression: &str) -> Result<Value> {
        let last_error = Mutex::new(None::<String>);
        let result = self
            .wait_until(&format!("`{expression}` to be truthy"), || async {
                match self.eval(expression).await {
                    Ok(v) if truthy(&v) => Ok(Some(v)),
                    Ok(_) => Ok(None),
                    Err(e) => {
                        *last_error.lock().expect("last error") = Some(e.to_string());
                        Ok(None)
                    }
                }
            })
            .await;
        result.map_err(|e| match last_error.into_inner().expect("last error") {
            Some(js) => err(format!("{e}; last script error: {js}")),
            None => e,
        })
    }

    /// Every URL the browser has requested in this session so far (documents, scripts,
    /// wasm, fetch/XHR, images, fonts, beacons, WebSockets…), from the chromedriver
    /// performance log (`Network.requestWillBeSent`, `Network.webSocketCreated`).
    /// Chromium's own pages (`chrome://` and the like, e.g. its start page) are left out:
    /// they are not network requests and no web page can load them.
    pub async fn network_requests(&self) -> Result<Vec<String>> {
        // Each read drains chromedriver's buffer, so keep what earlier calls saw.
        let entries = self.driver().get_log("performance").await?;
        let mut requests = self.requests.lock().expect("request log");
        for entry in entries {
            let Ok(message) = serde_json::from_str::<Value>(&entry.message) else {
                continue;
            };
            let message = &message["message"];
            let url = match message["method"].as_str() {
                Some("Network.requestWillBeSent") => &message["params"]["request"]["url"],
                Some("Network.webSocketCreated") => &message["params"]["url"],
                _ => continue,
            };
            if let Some(url) = url.as_str().filter(|u| !is_browser_internal(u)) {
                requests.push(url.to_owned());
            }
        }
        Ok(requests.clone())
    }

    /// Fails unless every network request so far went to `origin` (e.g.
    /// `http://127.0.0.1:40123`); `data:` and `blob:` URLs are allowed. Returns the requests.
    pub async fn assert_same_origin(&self, origin: &str) -> Result<Vec<String>> {
        let requests = self.network_requests().await?;
        if requests.is_empty() {
            return Err(err(
                "the performance log recorded no requests at all; is it enabled?",
            ));
        }
        let foreign: Vec<&String> = requests
            .iter()
            .filter(|url| !is_same_origin(url, origin))
            .collect();
        if foreign.is_empty() {
            Ok(requests)
        } else {
            Err(err(format!(
                "requests left the page's origin {origin}: {foreign:#?}\nall requests: {requests:#?}"
            )))
        }
    }

    /// The directory this session's downloads are saved in.
    pub fn download_dir(&self) -> &Path {
        self.downloads.path()
    }

    /// Waits for the next finished download (one not returned before) and returns its path.
    ///
    /// Chromium writes a download to `….crdownload` and renames it when it is complete, so a
    /// file is finished once it has its own name; a second download of the same name is
    /// saved as `name (1).ext`.
    pub async fn wait_for_download(&self) -> Result<PathBuf> {
        let dir = self.download_dir().to_owned();
        let what = format!("a new finished download in {}", dir.display());
        let path = self
            .wait_until(&what, || async {
                let mut finished = finished_downloads(&dir)?;
                let seen = self.downloads_seen.lock().expect("downloads seen");
                finished.retain(|p| !seen.contains(p));
                Ok(finished.into_iter().next())
            })
            .await?;
        self.downloads_seen
            .lock()
            .expect("downloads seen")
            .push(path.clone());
        Ok(path)
    }

    /// Presses keys the way a user does: into whatever has focus (WebDriver key actions,
    /// each key down then up). Use [`Key`] values for Tab, Enter, Space, arrows….
    pub async fn press(&self, keys: impl Into<TypingData>) -> Result<()> {
        self.driver()
            .action_chain()
            .send_keys(keys)
            .perform()
            .await?;
        Ok(())
    }

    /// Presses `key` while holding Shift (e.g. Shift+Tab).
    pub async fn press_with_shift(&self, key: Key) -> Result<()> {
        self.driver()
            .action_chain()
            .key_down(Key::Shift)
            .key_down(key.clone())
            .key_up(key)
            .key_up(Key::Shift)
            .perform()
            .await?;
        Ok(())
    }

    /// What has keyboard focus now (`document.activeElement`).
    pub async fn focused(&self) -> Result<Focused> {
        let value = self.eval(FOCUSED_JS).await?;
        Focused::from_json(&value)
    }

    /// Waits until the focused element satisfies `check`; returns it. On timeout the error
    /// names `what` and the element that had focus last.
    pub async fn wait_for_focus(
        &self,
        what: &str,
        check: impl Fn(&Focused) -> bool,
    ) -> Result<Focused> {
        let last = Mutex::new(None::<Focused>);
        let result = self
            .wait_until(&format!("focus on {what}"), || async {
                let focused = self.focused().await?;
                let hit = check(&focused);
                *last.lock().expect("last focus") = Some(focused.clone());
                Ok(hit.then_some(focused))
            })
            .await;
        result.map_err(|e| match last.into_inner().expect("last focus") {
            Some(f) => err(format!("{e}; focus was on {f}")),
            None => e,
        })
    }

    /// Every localStorage entry whose key starts with `prefix` (e.g. `fulcrum/default/`).
    pub async fn local_storage(&self, prefix: &str) -> Result<BTreeMap<String, String>> {
        let script = "const out = {};
            for (let i = 0; i < localStorage.length; i++) {
                const k = localStorage.key(i);
                if (k.startsWith(arguments[0])) out[k] = localStorage.getItem(k);
            }
            return out;";
        let ret = self
            .driver()
            .execute(script, vec![Value::from(prefix)])
            .await?;
        let Value::Object(map) = ret.json() else {
            return Err(err(format!("localStorage read gave {}", ret.json())));
        };
        Ok(map
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
            .collect())
    }

    /// Runs the JavaScript `source` at the start of every document this window opens from now
    /// on, before any of the page's own scripts (CDP `Page.addScriptToEvaluateOnNewDocument`):
    /// how tests install faults such as blocked or full storage. Returns the script's id, for
    /// [`Browser::stop_on_new_document`].
    pub async fn on_new_document(&self, source: &str) -> Result<String> {
        let ret = self
            .driver()
            .cdp()
            .send_raw(
                "Page.addScriptToEvaluateOnNewDocument",
                serde_json::json!({ "source": source }),
            )
            .await?;
        ret["identifier"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| err(format!("addScriptToEvaluateOnNewDocument gave {ret}")))
    }

    /// Stops running a script installed by [`Browser::on_new_document`] in documents opened
    /// from now on (the current document keeps what it ran).
    pub async fn stop_on_new_document(&self, id: &str) -> Result<()> {
        self.driver()
            .cdp()
            .send_raw(
                "Page.removeScriptToEvaluateOnNewDocument",
                serde_json::json!({ "identifier": id }),
            )
            .await?;
        Ok(())
    }

    /// From the next page loaded on, the page's clock reads `unix_ms` (milliseconds since
    /// 1970, UTC) at the moment the document starts, and runs on from there: `Date.now()` and
    /// `new Date()` without arguments are shifted (installed with [`Browser::on_new_document`]).
    /// A later call replaces the earlier clock, since every clock shifts the browser's real one.
    pub async fn set_clock(&self, unix_ms: i64) -> Result<String> {
        self.on_new_document(&format!(
            "(() => {{
                const Real = globalThis.__fulcrumRealDate || (globalThis.__fulcrumRealDate = Date);
                const start = Real.now();
                const now = () => {unix_ms} + (Real.now() - start);
                class ShiftedDate extends Real {{
                    constructor(...args) {{ if (args.length === 0) super(now()); else super(...args); }}
                    static now() {{ return now(); }}
                }}
                globalThis.Date = ShiftedDate;
            }})();"
        ))
        .await
    }

    /// Drains the browser console log (console.* calls, uncaught errors).
    pub async fn console_log(&self) -> Result<Vec<thirtyfour::BrowserLogEntry>> {
        Ok(self.driver().get_log("browser").await?)
    }

    /// Ends the session (closes Chromium).
    pub async fn quit(mut self) -> Result<()> {
        if let Some(driver) = self.driver.take() {
            driver.quit().await?;
        }
        Ok(())
    }
}

/// Describes `document.activeElement` for [`Focused`].
const FOCUSED_JS: &str = "(() => {
    const e = document.activeElement;
    if (!e) return { tag: '' };
    const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
    return {
        tag: e.tagName.toLowerCase(),
        id: e.id || '',
        class: typeof e.className === 'string' ? e.className : '',
        type: e.getAttribute('type') || '',
        name: e.getAttribute('name') || '',
        value: typeof e.value === 'string' ? e.value : '',
        checked: !!e.checked,
        text: (e.innerText || '').trim(),
        label: label.trim(),
    };
})()";

/// The element that has keyboard focus, as a user would describe it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Focused {
    /// Lowercase tag name (`body` when nothing in particular has focus).
    pub tag: String,
    pub id: String,
    pub class: String,
    /// The `type` attribute (`radio`, `button`, `file`…), empty if none.
    pub r#type: String,
    /// The `name` attribute, empty if none.
    pub name: String,
    /// The form value (radio value, textarea text), empty if none.
    pub value: String,
    /// Whether a radio or checkbox is checked.
    pub checked: bool,
    /// Rendered text (`innerText`, trimmed).
    pub text: String,
    /// The text of its first `<label>`, trimmed.
    pub label: String,
}

impl Focused {
    fn from_json(value: &Value) -> Result<Self> {
        let text = |key: &str| value[key].as_str().unwrap_or_default().to_owned();
        if !value.is_object() {
            return Err(err(format!("activeElement description was {value}")));
        }
        Ok(Focused {
            tag: text("tag"),
            id: text("id"),
            class: text("class"),
            r#type: text("type"),
            name: text("name"),
            value: text("value"),
            checked: value["checked"].as_bool().unwrap_or(false),
            text: text("text"),
            label: text("label"),
        })
    }

    /// True for a button whose text is exactly `label`.
    pub fn is_button(&self, label: &str) -> bool {
        self.tag == "button" && self.text == label
    }

    /// True if it has the CSS class `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.class.split_whitespace().any(|c| c == class)
    }
}

impl fmt::Display for Focused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}", self.tag)?;
        for (name, value) in [
            ("id", &self.id),
            ("class", &self.class),
            ("type", &self.r#type),
            ("name", &self.name),
            ("value", &self.value),
        ] {
            if !value.is_empty() {
                write!(f, " {name}={value:?}")?;
            }
        }
        if self.checked {
            write!(f, " checked")?;
        }
        write!(f, ">")?;
        if !self.text.is_empty() {
            // A page's whole text (focus on <body>) says nothing useful: keep the start.
            let text: String = self.text.chars().take(80).collect();
            let more = if text.len() < self.text.len() {
                "…"
            } else {
                ""
            };
            write!(f, " {text:?}{more}")?;
        }
        if !self.label.is_empty() {
            write!(f, " (label {:?})", self.label)?;
        }
        Ok(())
    }
}

/// Finished downloads in `dir`, sorted by name: files that are not Chromium's partial
/// (`.crdownload`) or hidden temporary files. While a download is in progress, Chromium may
/// also hold its final name with an empty file (when it had to pick `name (1).ext`), so an
/// empty file, or one whose `.crdownload` is still there, is not finished either.
pub fn finished_downloads(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut partial = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(target) = name.strip_suffix(".crdownload") {
            partial.push(target.to_owned());
            continue;
        }
        if name.starts_with('.') || !entry.file_type()?.is_file() || entry.metadata()?.len() == 0 {
            continue;
        }
        files.push(entry.path());
    }
    files.retain(|p| {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        !name.is_some_and(|n| partial.contains(&n))
    });
    files.sort();
    Ok(files)
}

/// True if `url` is on `origin` (exactly, or followed by `/`) or is a `data:`/`blob:` URL.
pub fn is_same_origin(url: &str, origin: &str) -> bool {
    url.starts_with("data:")
        || url.starts_with("blob:")
        || url == origin
        || url
            .strip_prefix(origin)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// True for Chromium's own pages and resources (`chrome://…`, `about:…`), which
/// are not network requests.
pub fn is_browser_internal(url: &str) -> bool {
    ["chrome:", "chrome-untrusted:", "about:", "devtools:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}

/// JavaScript truthiness of a JSON value.
pub fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// Polls `check` every [`POLL_INTERVAL`] until it yields `Some`, or fails after `timeout`
/// with a message naming `what`. Errors from `check` end the wait at once.
pub async fn wait_until<T, F, Fut>(timeout: Duration, what: &str, mut check: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = check().await? {
            return Ok(value);
        }
        if Instant::now() >= deadline {
            return Err(err(format!(
                "timed out after {timeout:?} waiting for {what}"
            )));
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_origin_rules() {
        let o = "http://127.0.0.1:4000";
        assert!(is_same_origin("http://127.0.0.1:4000/", o));
        assert!(is_same_origin("http://127.0.0.1:4000/a.wasm", o));
        assert!(is_same_origin("http://127.0.0.1:4000", o));
        assert!(is_same_origin("data:image/png;base64,AA", o));
        assert!(is_same_origin("blob:http://127.0.0.1:4000/uuid", o));
        assert!(!is_same_origin("http://127.0.0.1:40001/", o));
        assert!(!is_same_origin("http://127.0.0.1:4000.evil.com/", o));
        assert!(!is_same_origin("https://fonts.googleapis.com/css", o));
        assert!(is_browser_internal("chrome://new-tab-page-third-party/"));
        assert!(!is_browser_internal("chrome-extension://abc/x.js"));
        assert!(!is_browser_internal("https://example.com/"));
    }

    #[test]
    fn resolves_only_inside_root() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<p>").unwrap();
        std::fs::write(dir.path().join("a.wasm"), "\0asm").unwrap();
        let root = dir.path();
        assert_eq!(resolve(root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(root, "/?x=1"), Some(root.join("index.html")));
        assert_eq!(resolve(root, "/a.wasm"), Some(root.join("a.wasm")));
        assert_eq!(resolve(root, "/../etc/passwd"), None);
        assert_eq!(resolve(root, "/missing.js"), None);
        assert_eq!(content_type(Path::new("x.wasm")), "application/wasm");
        assert_eq!(
            content_type(Path::new("x.js")),
            "text/javascript; charset=utf-8"
        );
    }

    #[test]
    fn finished_downloads_skip_partial_and_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.json",
            "a.json",
            "Unconfirmed 123.crdownload",
            ".com.google.Chrome.x1",
            "c (1).json.crdownload",
            "c (1).json",
        ] {
            std::fs::write(dir.path().join(name), "{}").unwrap();
        }
        // Chromium's placeholder for a name it has picked but not written yet.
        std::fs::write(dir.path().join("d (1).json"), "").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let names: Vec<String> = finished_downloads(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.json", "b.json"]);
    }

    /// Sends `request` on a new connection and reads the whole response.
    fn fetch(addr: SocketAddr, request: &str) -> String {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    #[test]
    fn serves_files_with_headers_and_refuses_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<p>hi</p>").unwrap();
        let server = StaticServer::builder(dir.path())
            .header("Content-Security-Policy", "default-src 'none'")
            .start()
            .unwrap();
        let get = fetch(server.addr(), "GET /?x=1 HTTP/1.1\r\nHost: a\r\n\r\n");
        assert!(get.starts_with("HTTP/1.1 200 OK\r\n"), "{get}");
        for header in [
            "Content-Type: text/html; charset=utf-8",
            "Content-Length: 9",
            "Cache-Control: no-store",
            "Content-Security-Policy: default-src 'none'",
            "Connection: close",
        ] {
            assert!(
                get.contains(&format!("\r\n{header}\r\n")),
                "{header} in {get}"
            );
        }
        assert!(get.ends_with("\r\n\r\n<p>hi</p>"), "{get}");
        let head = fetch(server.addr(), "HEAD / HTTP/1.1\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 200 OK") && head.ends_with("\r\n\r\n"));
        let missing = fetch(server.addr(), "GET /nope.js HTTP/1.1\r\n\r\n");
        assert!(missing.starts_with("HTTP/1.1 404 "), "{missing}");
        let post = fetch(
            server.addr(),
            "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
        );
        assert!(post.starts_with("HTTP/1.1 405 "), "{post}");
        assert_eq!(server.requests(), ["/?x=1", "/", "/nope.js", "/"]);
        assert!(StaticServer::builder(dir.path())
            .header("X-Bad", "a\r\nInjected: 1")
            .start()
            .is_err());
    }

    /// A page with many subresources opens many connections at once; every one is answered
    /// even while the others stay open.
    #[test]
    fn answers_many_connections_opened_at_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<p>").unwrap();
        let server = StaticServer::start(dir.path()).unwrap();
        let mut streams: Vec<TcpStream> = (0..12)
            .map(|_| TcpStream::connect(server.addr()).unwrap())
            .collect();
        for s in &mut streams {
            s.write_all(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n").unwrap();
            s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        }
        for s in &mut streams {
            let mut response = String::new();
            s.read_to_string(&mut response).unwrap();
            assert!(response.starts_with("HTTP/1.1 200 OK"), "{response}");
        }
        assert_eq!(server.requests().len(), 12);
    }

    #[test]
    fn js_truthiness() {
        assert!(!truthy(&Value::Null));
        assert!(!truthy(&serde_json::json!(0)));
        assert!(!truthy(&serde_json::json!("")));
        assert!(truthy(&serde_json::json!("x")));
        assert!(truthy(&serde_json::json!([])));
    }
}
