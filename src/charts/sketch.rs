//! A chart's marks, drawn once and put on a backend after: the charts draw on a [`Sketch`], which
//! keeps each mark as the plotters element that shows it, and [`Sketch::replay`] draws those
//! elements on the canvas or into an SVG string. The charts' drawing code is thus compiled once,
//! not once per backend; only the replay is.

use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Polygon, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingBackend};

use super::DrawError;

/// A point in device pixels, origin top left.
pub type Point = (i32, i32);

/// One mark, as the element that draws it.
enum Mark {
    Text(Text<'static, Point, String>),
    Path(PathElement<Point>),
    Rect(Rectangle<Point>),
    Circle(Circle<Point, i32>),
    Polygon(Polygon<Point>),
}

/// The marks of a chart `size` device pixels wide and high, in the order they were drawn.
pub struct Sketch {
    size: (u32, u32),
    marks: Vec<Mark>,
}

impl Sketch {
    /// An empty sketch of `size` device pixels.
    pub fn new(size: (u32, u32)) -> Sketch {
        Sketch {
            size,
            marks: Vec::new(),
        }
    }

    /// The width and height, in device pixels.
    pub fn size(&self) -> (u32, u32) {
        self.size
    }

    /// Adds a text.
    pub fn text(&mut self, text: Text<'static, Point, String>) {
        self.marks.push(Mark::Text(text));
    }

    /// Adds a line through points.
    pub fn path(&mut self, path: PathElement<Point>) {
        self.marks.push(Mark::Path(path));
    }

    /// Adds a rectangle, filled or outlined.
    pub fn rect(&mut self, rect: Rectangle<Point>) {
        self.marks.push(Mark::Rect(rect));
    }

    /// Adds a circle.
    pub fn circle(&mut self, circle: Circle<Point, i32>) {
        self.marks.push(Mark::Circle(circle));
    }

    /// Adds a filled polygon.
    pub fn polygon(&mut self, polygon: Polygon<Point>) {
        self.marks.push(Mark::Polygon(polygon));
    }

    /// Draws the marks on `area`, in order, stopping at the first the backend refuses.
    pub fn replay<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
    ) -> Result<(), DrawError<DB>> {
        for mark in &self.marks {
            match mark {
                Mark::Text(e) => area.draw(e)?,
                Mark::Path(e) => area.draw(e)?,
                Mark::Rect(e) => area.draw(e)?,
                Mark::Circle(e) => area.draw(e)?,
                Mark::Polygon(e) => area.draw(e)?,
            }
        }
        Ok(())
    }
}
