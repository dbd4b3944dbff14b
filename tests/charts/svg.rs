//! Reading back what a chart drew: the chart drawn to an SVG string, and its elements with their
//! attributes and text, so a test can count bars and find labels and lines.

use partner_blueprint::charts::svg::to_svg;
use partner_blueprint::charts::{Chart, Look};

/// The chart drawn `width` CSS pixels wide at its own height, in the light theme, at scale 1.
pub fn draw<C: Chart>(chart: &C, width: u32) -> String {
    draw_with(chart, width, &Look::default())
}

/// The chart drawn with `look`, on a backend `look.scale` times the CSS size.
pub fn draw_with<C: Chart>(chart: &C, width: u32, look: &Look) -> String {
    let svg = to_svg(chart, width, look);
    assert!(!svg.is_empty(), "the chart draws");
    svg
}

/// An SVG element: its tag, attributes and text.
#[derive(Debug, Clone)]
pub struct Element {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    }

    /// The points of a polyline or polygon.
    pub fn points(&self) -> Vec<(f64, f64)> {
        self.attr("points")
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|p| {
                let (x, y) = p.split_once(',')?;
                Some((x.parse().ok()?, y.parse().ok()?))
            })
            .collect()
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every element of the SVG, in document order.
pub fn elements(svg: &str) -> Vec<Element> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with('/') || rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let Some(end) = rest.find('>') else { break };
        let tag_text = &rest[..end];
        let tag: String = tag_text
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect();
        let mut attrs = Vec::new();
        let mut a = &tag_text[tag.len()..];
        while let Some(eq) = a.find("=\"") {
            let name = a[..eq].trim().to_owned();
            let after = &a[eq + 2..];
            let Some(close) = after.find('"') else { break };
            attrs.push((name, unescape(&after[..close])));
            a = &after[close + 1..];
        }
        rest = &rest[end + 1..];
        let text = if tag == "text" {
            rest.find("</text>")
                .map(|close| unescape(rest[..close].trim()))
                .unwrap_or_default()
        } else {
            String::new()
        };
        out.push(Element { tag, attrs, text });
    }
    out
}

/// The elements with this tag.
pub fn tagged<'a>(all: &'a [Element], tag: &str) -> Vec<&'a Element> {
    all.iter().filter(|e| e.tag == tag).collect()
}

/// Every text the chart wrote.
pub fn texts(svg: &str) -> Vec<String> {
    elements(svg)
        .into_iter()
        .filter(|e| e.tag == "text")
        .map(|e| e.text)
        .collect()
}

/// The text element whose words are exactly `words`.
pub fn text_at(all: &[Element], words: &str) -> Option<(f64, f64)> {
    all.iter()
        .find(|e| e.tag == "text" && e.text == words)
        .map(|e| (e.num("x"), e.num("y")))
}

/// Filled rectangles of `colour` (`#1F4E79`).
pub fn bars<'a>(all: &'a [Element], colour: &str) -> Vec<&'a Element> {
    all.iter()
        .filter(|e| e.tag == "rect" && e.attr("fill") == Some(colour))
        .collect()
}

/// Line segments (two-point polylines) of `colour`, as (x1, y1, x2, y2).
pub fn segments(all: &[Element], colour: &str) -> Vec<(f64, f64, f64, f64)> {
    all.iter()
        .filter(|e| e.tag == "polyline" && e.attr("stroke") == Some(colour))
        .filter_map(|e| match e.points().as_slice() {
            [(x1, y1), (x2, y2)] => Some((*x1, *y1, *x2, *y2)),
            _ => None,
        })
        .collect()
}
