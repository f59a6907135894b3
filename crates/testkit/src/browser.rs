//! A minimal browser for HTTP tests: keeps cookies, sends forms with the CSRF field filled in
//! as a rendered form would (from the CSRF cookie before sign-in, from a page of the site once
//! signed in, since the token is then bound to the session), never follows redirects by itself.

use std::collections::BTreeMap;

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::Response;

/// A response, read.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    /// Where a redirect points.
    pub location: Option<String>,
    /// The `Content-Type` header, empty when there is none.
    pub content_type: String,
    pub body: String,
}

/// Cookies and a client for one visitor.
pub struct Browser {
    base: String,
    client: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
    /// Headers sent with every request, e.g. `X-Forwarded-For` as a proxy would add it.
    headers: Vec<(String, String)>,
}

impl Browser {
    pub fn new(base: &str) -> Self {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap_or_default();
        Self { base: base.to_owned(), client, cookies: BTreeMap::new(), headers: Vec::new() }
    }

    /// The same visitor, sending this header with every request from now on.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The same visitor (cookies, headers), sent to another server from now on, as a load
    /// balancer in front of several server processes would.
    pub fn switch_to(&mut self, base: &str) {
        base.clone_into(&mut self.base);
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let mut request = self.client.request(method, format!("{}{path}", self.base)).header(COOKIE, self.cookie_header());
        for (name, value) in &self.headers {
            request = request.header(name.as_str(), value.as_str());
        }
        request
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    async fn read(&mut self, response: Response) -> Page {
        for value in response.headers().get_all(SET_COOKIE) {
            let Ok(value) = value.to_str() else { continue };
            let Some((pair, attributes)) = value.split_once(';').or(Some((value, ""))) else { continue };
            let Some((name, content)) = pair.split_once('=') else { continue };
            if attributes.contains("Max-Age=0") {
                self.cookies.remove(name.trim());
            } else {
                self.cookies.insert(name.trim().to_owned(), content.trim().to_owned());
            }
        }
        let status = response.status().as_u16();
        let location = response.headers().get(LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let content_type =
            response.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        let body = response.text().await.unwrap_or_default();
        Page { status, location, content_type, body }
    }

    /// A download: status, content type and the body's bytes (a PDF).
    pub async fn download(&mut self, path: &str) -> (u16, String, Vec<u8>) {
        let response = self.request(reqwest::Method::GET, path).send().await.unwrap();
        let status = response.status().as_u16();
        let content_type =
            response.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        (status, content_type, response.bytes().await.unwrap_or_default().to_vec())
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let response = self.request(reqwest::Method::GET, path).send().await;
        match response {
            Ok(response) => self.read(response).await,
            Err(e) => Page { status: 0, location: None, content_type: String::new(), body: e.to_string() },
        }
    }

    /// The token a form of the site would carry now: the CSRF cookie's value for a visitor who is
    /// not signed in, else the hidden `csrf` field of a page (the sign-out form in the header).
    pub async fn csrf_token(&mut self) -> String {
        if !self.cookies.contains_key("kp_session") {
            if !self.cookies.contains_key("kp_csrf") {
                self.get("/").await;
            }
            if !self.cookies.contains_key("kp_session") {
                return self.cookies.get("kp_csrf").cloned().unwrap_or_default();
            }
        }
        let page = self.get("/").await;
        hidden_csrf_field(&page.body).unwrap_or_else(|| self.cookies.get("kp_csrf").cloned().unwrap_or_default())
    }

    /// Posts a form with the visitor's CSRF token, as a page of the site would.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        if !self.cookies.contains_key("kp_csrf") {
            self.get("/").await;
        }
        let csrf = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &csrf));
        self.post_raw(path, &all).await
    }

    /// Posts a multipart form with one file, as a page's upload form would: the CSRF token
    /// first, then the fields, then the file `(field, file name, content type, bytes)`.
    pub async fn post_file(&mut self, path: &str, fields: &[(&str, &str)], file: (&str, &str, &str, &[u8])) -> Page {
        if !self.cookies.contains_key("kp_csrf") {
            self.get("/").await;
        }
        let csrf = self.csrf_token().await;
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_multipart(path, &all, Some(file)).await
    }

    /// Posts exactly these fields and this file as `multipart/form-data` (no CSRF token added).
    pub async fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)], file: Option<(&str, &str, &str, &[u8])>) -> Page {
        const BOUNDARY: &str = "----knotenpunkt-test-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        if let Some((name, file_name, content_type, bytes)) = file {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n")
                    .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        let response = self
            .request(reqwest::Method::POST, path)
            .header(reqwest::header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(body)
            .send()
            .await;
        match response {
            Ok(response) => self.read(response).await,
            Err(e) => Page { status: 0, location: None, content_type: String::new(), body: e.to_string() },
        }
    }

    /// Posts exactly this body with this content type (no CSRF token added).
    pub async fn post_body(&mut self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        let response =
            self.request(reqwest::Method::POST, path).header(reqwest::header::CONTENT_TYPE, content_type).body(body).send().await;
        match response {
            Ok(response) => self.read(response).await,
            Err(e) => Page { status: 0, location: None, content_type: String::new(), body: e.to_string() },
        }
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self.request(reqwest::Method::POST, path).form(fields).send().await;
        match response {
            Ok(response) => self.read(response).await,
            Err(e) => Page { status: 0, location: None, content_type: String::new(), body: e.to_string() },
        }
    }
}

/// The value of the first `<input type="hidden" name="csrf" value="…">` in a page.
fn hidden_csrf_field(body: &str) -> Option<String> {
    let start = body.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    let end = body[start..].find('"')?;
    Some(body[start..start + end].to_owned())
}
