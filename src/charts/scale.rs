//! Value axes: round tick values from zero up to a little past the largest value, and the map
//! from a value to a pixel.

/// Tick values from 0 up to a round top at or above `max`, in steps of 1, 2, 2.5 or 5 × 10ⁿ,
/// at most `most` steps. A `max` of zero or less (or not a number) gives the ticks 0 and 1.
pub fn ticks(max: f64, most: usize) -> Vec<f64> {
    let most = most.max(1);
    if !max.is_finite() || max <= 0.0 {
        return vec![0.0, 1.0];
    }
    let rough = max / most as f64;
    // The power of ten at or below `rough`, by steps (no logarithm, no pow).
    let mut power = 1.0;
    while power * 10.0 <= rough {
        power *= 10.0;
    }
    while power > rough {
        power /= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| (max / step).ceil() <= most as f64)
        .unwrap_or(10.0 * power);
    let steps = (max / step).ceil().max(1.0) as usize;
    (0..=steps).map(|i| i as f64 * step).collect()
}

/// A linear map from values in `0..=top` to pixels `from..=to` (`to` may be less than `from`,
/// for a vertical axis that grows upwards). Values outside the range are clamped to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub top: f64,
    pub from: i32,
    pub to: i32,
}

impl Axis {
    /// The pixel of `value`.
    pub fn at(&self, value: f64) -> i32 {
        let fraction = if self.top > 0.0 && value.is_finite() {
            (value / self.top).clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.from + (fraction * f64::from(self.to - self.from)).round() as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_reach_past_the_largest_value() {
        assert_eq!(ticks(100.0, 5), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(ticks(6_635_156.0, 5), vec![0.0, 2e6, 4e6, 6e6, 8e6]);
        assert_eq!(ticks(0.0, 5), vec![0.0, 1.0]);
        assert_eq!(ticks(f64::NAN, 5), vec![0.0, 1.0]);
        assert_eq!(ticks(f64::INFINITY, 5), vec![0.0, 1.0]);
        let small = ticks(0.3, 3);
        assert!(small.len() == 4 && small[3] >= 0.3, "{small:?}");
        let many = ticks(32.38, 4);
        assert!(many.len() <= 5 && *many.last().unwrap_or(&0.0) >= 32.38);
    }

    #[test]
    fn an_axis_maps_and_clamps() {
        let axis = Axis {
            top: 100.0,
            from: 200,
            to: 0,
        };
        assert_eq!(axis.at(0.0), 200);
        assert_eq!(axis.at(25.0), 150);
        assert_eq!(axis.at(500.0), 0);
    }
}
