//! Who the client is, for rate limits: the TCP peer, or, when the peer is a trusted proxy, the
//! right-most address in `X-Forwarded-For` / `Forwarded` that is not a trusted proxy itself.
//! IPv6 clients are keyed by their /64 network, which one household or server usually holds whole.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;

use crate::SharedState;

/// An address or a network (`192.0.2.0/24`, `2001:db8::/32`, `10.0.0.7`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

impl Network {
    /// Parses an address or `address/prefix`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address.parse::<IpAddr>().ok()?, Some(prefix.parse::<u8>().ok()?)),
            None => (text.parse::<IpAddr>().ok()?, None),
        };
        let bits = if address.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(bits);
        (prefix <= bits).then_some(Self { address, prefix })
    }

    /// True when `ip` lies in this network (an IPv4-mapped IPv6 address counts as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.address, canonical(ip)) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => same_prefix(&net.octets(), &ip.octets(), self.prefix),
            (IpAddr::V6(net), IpAddr::V6(ip)) => same_prefix(&net.octets(), &ip.octets(), self.prefix),
            _ => false,
        }
    }
}

fn same_prefix(a: &[u8], b: &[u8], prefix: u8) -> bool {
    let whole = usize::from(prefix / 8);
    let rest = prefix % 8;
    if a[..whole] != b[..whole] {
        return false;
    }
    rest == 0 || (a[whole] ^ b[whole]) >> (8 - rest) == 0
}

fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The proxies whose forwarding headers are believed (`server.trusted_proxies`); empty: none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Network>);

impl TrustedProxies {
    /// Parses every entry; the error names the first that is neither an address nor a network.
    pub fn parse<S: AsRef<str>>(entries: &[S]) -> Result<Self, String> {
        entries
            .iter()
            .map(|entry| Network::parse(entry.as_ref()).ok_or_else(|| entry.as_ref().to_owned()))
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(ip))
    }

    /// Whether `ip` is one of the listed addresses or in one of the listed networks (the list
    /// also serves `server.metrics_allow`).
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.trusts(canonical(ip))
    }

    /// The client: the peer, unless it is a trusted proxy; then the right-most forwarded address
    /// that is not a trusted proxy (the left ones are whatever the client chose to send). When
    /// every hop is trusted, the left-most forwarded address.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusts(peer) {
            return canonical(peer);
        }
        let chain = forwarded_chain(headers);
        chain.iter().rev().copied().find(|ip| !self.trusts(*ip)).or_else(|| chain.first().copied()).map_or(canonical(peer), canonical)
    }
}

/// The addresses a request passed through, oldest first: `Forwarded: for=` when sent, else
/// `X-Forwarded-For`. Entries that are not addresses (`unknown`, obfuscated names) end the chain
/// there, since nothing left of them can be believed.
fn forwarded_chain(headers: &HeaderMap) -> Vec<IpAddr> {
    let forwarded: Vec<&str> = headers.get_all("forwarded").iter().filter_map(|v| v.to_str().ok()).collect();
    let entries: Vec<String> = if forwarded.is_empty() {
        let xff = headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok());
        xff.flat_map(|v| v.split(',')).map(|s| s.trim().to_owned()).collect()
    } else {
        forwarded
            .iter()
            .flat_map(|v| v.split(','))
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.split_once('='))
                    .find(|(key, _)| key.trim().eq_ignore_ascii_case("for"))
                    .map_or_else(String::new, |(_, value)| value.trim().trim_matches('"').to_owned())
            })
            .collect()
    };
    let parsed: Vec<Option<IpAddr>> = entries.iter().map(|entry| parse_node(entry)).collect();
    let start = parsed.iter().rposition(Option::is_none).map_or(0, |i| i + 1);
    parsed[start..].iter().flatten().copied().collect()
}

/// `192.0.2.1`, `192.0.2.1:443`, `[2001:db8::1]`, `[2001:db8::1]:443` or `2001:db8::1`.
fn parse_node(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(socket) = text.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    text.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')).and_then(|inner| inner.parse().ok())
}

/// The rate-limit key of an address: IPv4 as is, IPv6 as its /64 network.
pub fn rate_key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{}/64", Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
    }
}

/// The client's key for rate limits, put into the request's extensions by [`resolve`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress(pub String);

/// Middleware: works out the client's address once per request.
pub async fn resolve(State(state): State<SharedState>, mut request: Request, next: Next) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>().copied() {
        let client = state.trusted_proxies.client(peer.ip(), request.headers());
        request.extensions_mut().insert(ClientAddress(rate_key(client)));
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn networks_contain_their_addresses() {
        let net = Network::parse("10.1.0.0/16").unwrap();
        assert!(net.contains(ip("10.1.255.3")) && !net.contains(ip("10.2.0.1")));
        assert!(net.contains(ip("::ffff:10.1.0.9")), "IPv4-mapped");
        assert!(Network::parse("192.0.2.7").unwrap().contains(ip("192.0.2.7")));
        assert!(!Network::parse("192.0.2.7").unwrap().contains(ip("192.0.2.8")));
        assert!(Network::parse("2001:db8::/33").unwrap().contains(ip("2001:db8:7fff::1")));
        assert!(!Network::parse("2001:db8::/33").unwrap().contains(ip("2001:db8:8000::1")));
        assert!(Network::parse("0.0.0.0/0").unwrap().contains(ip("203.0.113.1")));
        for bad in ["", "proxy.local", "10.0.0.0/33", "::/129", "10.0.0.0/x"] {
            assert_eq!(Network::parse(bad), None, "{bad}");
        }
        assert_eq!(TrustedProxies::parse(&["10.0.0.1", "nonsense"]), Err("nonsense".to_owned()));
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client_whatever_the_headers_say() {
        let none = TrustedProxies::default();
        let h = headers(&[("x-forwarded-for", "198.51.100.1"), ("forwarded", "for=198.51.100.2")]);
        assert_eq!(none.client(ip("203.0.113.5"), &h), ip("203.0.113.5"));
        let proxy = TrustedProxies::parse(&["10.0.0.1"]).unwrap();
        assert_eq!(proxy.client(ip("203.0.113.5"), &h), ip("203.0.113.5"), "only a trusted peer's headers count");
    }

    #[test]
    fn behind_trusted_proxies_the_right_most_untrusted_address_is_the_client() {
        let proxies = TrustedProxies::parse(&["10.0.0.0/8", "2001:db8:ffff::/48"]).unwrap();
        let spoofed = headers(&[("x-forwarded-for", "1.2.3.4, 198.51.100.9, 10.0.0.2")]);
        assert_eq!(proxies.client(ip("10.0.0.1"), &spoofed), ip("198.51.100.9"));
        let split = headers(&[("x-forwarded-for", "1.2.3.4"), ("x-forwarded-for", "198.51.100.9")]);
        assert_eq!(proxies.client(ip("10.0.0.1"), &split), ip("198.51.100.9"));
        let forwarded = headers(&[("forwarded", r#"for=1.2.3.4, for="[2001:db8:1:2::7]:4711";proto=https, for=10.0.0.3"#)]);
        assert_eq!(proxies.client(ip("2001:db8:ffff::1"), &forwarded), ip("2001:db8:1:2::7"));
        assert_eq!(proxies.client(ip("10.0.0.1"), &headers(&[])), ip("10.0.0.1"), "no header: the proxy itself");
        let garbage = headers(&[("x-forwarded-for", "198.51.100.9, unknown")]);
        assert_eq!(proxies.client(ip("10.0.0.1"), &garbage), ip("10.0.0.1"), "nothing left of garbage is believed");
        let all_trusted = headers(&[("x-forwarded-for", "10.9.9.9, 10.0.0.2")]);
        assert_eq!(proxies.client(ip("10.0.0.1"), &all_trusted), ip("10.9.9.9"));
    }

    #[test]
    fn ipv6_clients_are_keyed_by_their_64_network() {
        assert_eq!(rate_key(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")), "2001:db8:1:2::/64");
        assert_eq!(rate_key(ip("2001:db8:1:2::1")), rate_key(ip("2001:db8:1:2:ffff::9")));
        assert_ne!(rate_key(ip("2001:db8:1:2::1")), rate_key(ip("2001:db8:1:3::1")));
        assert_eq!(rate_key(ip("192.0.2.44")), "192.0.2.44");
        assert_eq!(rate_key(ip("::ffff:192.0.2.44")), "192.0.2.44");
    }
}
