//! The scan itself: reads the text token by token up to the position, keeping a frame for each
//! object and list it is inside (the key or index reached) and the last token read.

use super::{Path, Segment, Spot, scalar_end, string_end, unescape};

/// An object or list the scan is inside, and the member it has reached.
#[derive(Debug, Clone)]
struct Frame {
    object: bool,
    member: Option<Segment>,
    members: usize,
}

/// The last token read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Last {
    Nothing,
    Open,
    Key,
    Colon,
    Comma,
    Value,
    Closed {
        container: Path,
        last: Option<Path>,
        object: bool,
        at: usize,
        members: usize,
    },
}

/// A scan of a text up to a position.
pub(crate) struct Scan<'t> {
    text: &'t [u8],
    at: usize,
    frames: Vec<Frame>,
    last: Last,
    /// The position fell inside a string, number or literal.
    inside: bool,
}

impl<'t> Scan<'t> {
    /// Reads `text` up to byte `offset`: every token that starts before it.
    pub(crate) fn to(text: &'t str, offset: usize) -> Scan<'t> {
        let mut scan = Scan {
            text: text.as_bytes(),
            at: 0,
            frames: Vec::new(),
            last: Last::Nothing,
            inside: false,
        };
        while scan.skip_space() < offset && scan.step() {
            if scan.at > offset {
                scan.inside = true;
                break;
            }
        }
        scan
    }

    /// What the position is after.
    pub(crate) fn spot(&self) -> Spot {
        if self.inside {
            return Spot::Value(self.member_path());
        }
        match &self.last {
            Last::Open => Spot::Opened {
                container: self.container(),
                first_item: self.frames.last().filter(|f| !f.object).map(|_| {
                    let mut first = self.container();
                    first.push(Segment::Index(0));
                    first
                }),
            },
            Last::Nothing | Last::Key => Spot::Value(self.container()),
            Last::Colon | Last::Value => Spot::Value(self.member_path()),
            Last::Comma => match self.frames.last() {
                Some(frame) if !frame.object => {
                    let mut before = self.container();
                    let mut after = before.clone();
                    before.push(Segment::Index(frame.members.saturating_sub(1)));
                    after.push(Segment::Index(frame.members));
                    Spot::Between { before, after }
                }
                _ => Spot::Value(self.member_path()),
            },
            Last::Closed {
                container,
                last,
                object,
                at,
                ..
            } => Spot::Closed {
                container: container.clone(),
                last: last.clone(),
                object: *object,
                at: *at,
            },
        }
    }

    /// The path of the value that starts at the position: the next item of a list, the value
    /// after a colon, or the first item of a list just opened.
    pub(crate) fn next_value(&self) -> Path {
        match (&self.last, self.frames.last()) {
            (Last::Open | Last::Comma, Some(frame)) if !frame.object => {
                let mut path = self.container();
                path.push(Segment::Index(frame.members));
                path
            }
            _ => self.spot().path(),
        }
    }

    /// Whether a value starts at the position: after a colon, at the top, or as a list's item.
    pub(crate) fn at_value_start(&self) -> bool {
        !self.inside
            && match (&self.last, self.frames.last()) {
                (Last::Nothing | Last::Colon, _) => true,
                (Last::Open | Last::Comma, Some(frame)) => !frame.object,
                _ => false,
            }
    }

    /// Whether the position is right after an object's key.
    pub(crate) fn after_key(&self) -> bool {
        !self.inside && self.last == Last::Key
    }

    /// The path of the innermost object or list the position is inside.
    pub(crate) fn container(&self) -> Path {
        let depth = self.frames.len().saturating_sub(1);
        self.frames[..depth]
            .iter()
            .filter_map(|f| f.member.clone())
            .collect()
    }

    /// How many members the innermost container has in all, reading on to its end.
    pub(crate) fn container_length(mut self) -> usize {
        let depth = self.frames.len();
        while self.frames.len() >= depth && self.skip_space() < self.text.len() && self.step() {}
        match self.last {
            Last::Closed { members, .. } if self.frames.len() < depth => members,
            _ => self.frames.last().map_or(0, |f| f.members),
        }
    }

    /// The path of the member the innermost container has reached.
    fn member_path(&self) -> Path {
        self.frames
            .iter()
            .filter_map(|f| f.member.clone())
            .collect()
    }

    fn skip_space(&mut self) -> usize {
        while self
            .text
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
        self.at
    }

    /// Reads the token at `self.at`; false at the end of the text.
    fn step(&mut self) -> bool {
        let Some(&byte) = self.text.get(self.at) else {
            return false;
        };
        let start = self.at;
        match byte {
            b'{' | b'[' => {
                self.begin_value();
                self.frames.push(Frame {
                    object: byte == b'{',
                    member: None,
                    members: 0,
                });
                self.at += 1;
                self.last = Last::Open;
            }
            b'}' | b']' => {
                self.at += 1;
                let container = self.container();
                let closed = self.frames.pop();
                self.last = match closed {
                    Some(frame) => Last::Closed {
                        last: frame.member.map(|m| {
                            let mut last = container.clone();
                            last.push(m);
                            last
                        }),
                        container,
                        object: frame.object,
                        at: start,
                        members: frame.members,
                    },
                    None => Last::Value,
                };
            }
            b':' => {
                self.at += 1;
                self.last = Last::Colon;
            }
            b',' => {
                self.at += 1;
                self.last = Last::Comma;
            }
            b'"' => {
                self.at = string_end(self.text, start);
                let is_key = matches!(self.frames.last(), Some(f) if f.object)
                    && matches!(self.last, Last::Open | Last::Comma);
                if is_key {
                    let key = &self.text[start..self.at];
                    if let Some(frame) = self.frames.last_mut() {
                        frame.member = Some(Segment::Key(unescape(key)));
                        frame.members += 1;
                    }
                    self.last = Last::Key;
                } else {
                    self.begin_value();
                    self.last = Last::Value;
                }
            }
            _ => {
                self.at = scalar_end(self.text, start);
                self.begin_value();
                self.last = Last::Value;
            }
        }
        true
    }

    /// A value starts: in a list, it is the next item.
    fn begin_value(&mut self) {
        if let Some(frame) = self.frames.last_mut()
            && !frame.object
        {
            frame.member = Some(Segment::Index(frame.members));
            frame.members += 1;
        }
    }
}
