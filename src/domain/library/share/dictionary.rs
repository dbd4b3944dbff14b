//! DEFLATE with a preset dictionary, so a share link carries only what differs from a blank
//! design: the dictionary is a blank design as compact JSON (`dictionary.json`), frozen. A link
//! of a blank design shrinks from about 2,300 characters to a few hundred.
//!
//! miniz_oxide has no preset-dictionary call, so both ends use what DEFLATE allows: the encoder
//! compresses the dictionary, flushes to a byte boundary (keeping its window), compresses the
//! design and keeps only the part after the flush; the decoder puts the dictionary in front as a
//! stored block, inflates, and drops it again.
//!
//! The dictionary must never change: every link made refers into it. A new dictionary needs a
//! new payload version, with this one kept for version 1 links.

use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, TDEFLStatus, compress, create_comp_flags_from_zip_params,
};
use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// The frozen dictionary of payload version 1.
pub const DICTIONARY: &[u8] = include_bytes!("dictionary.json");

/// The data deflated (raw DEFLATE, level 9) as a continuation of the dictionary.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    // Raw DEFLATE (negative window bits), the default strategy.
    let flags = create_comp_flags_from_zip_params(9, -15, 0);
    let mut compressor = CompressorOxide::new(flags);
    let mut scratch = Vec::new();
    run(&mut compressor, DICTIONARY, TDEFLFlush::Sync, &mut scratch);
    let mut out = Vec::new();
    run(&mut compressor, data, TDEFLFlush::Finish, &mut out);
    out
}

/// Feeds all of `input` to the compressor with `flush`, appending the output to `out`.
fn run(compressor: &mut CompressorOxide, mut input: &[u8], flush: TDEFLFlush, out: &mut Vec<u8>) {
    let mut buffer = vec![0u8; 16 * 1024];
    loop {
        let (status, consumed, produced) = compress(compressor, input, &mut buffer, flush);
        out.extend_from_slice(&buffer[..produced]);
        input = &input[consumed.min(input.len())..];
        match status {
            TDEFLStatus::Done => return,
            TDEFLStatus::Okay if input.is_empty() && produced < buffer.len() => return,
            TDEFLStatus::Okay => {}
            // A bad parameter or a failed callback cannot happen with a plain buffer.
            _ => return,
        }
    }
}

/// What `deflate` made, inflated again: at most `limit` bytes, or none when the body is not a
/// continuation of the dictionary.
pub fn inflate(body: &[u8], limit: usize) -> Option<Vec<u8>> {
    let len = u16::try_from(DICTIONARY.len()).ok()?;
    // A stored block, not the last: header bits 000, padded to a byte; LEN; NLEN; the bytes.
    let mut stream = Vec::with_capacity(5 + DICTIONARY.len() + body.len());
    stream.push(0);
    stream.extend_from_slice(&len.to_le_bytes());
    stream.extend_from_slice(&(!len).to_le_bytes());
    stream.extend_from_slice(DICTIONARY);
    stream.extend_from_slice(body);
    let mut out =
        decompress_to_vec_with_limit(&stream, limit.saturating_add(DICTIONARY.len())).ok()?;
    if !out.starts_with(DICTIONARY) {
        return None;
    }
    Some(out.split_off(DICTIONARY.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::library::checksum::crc32;

    #[test]
    fn the_dictionary_never_changes() {
        assert_eq!(DICTIONARY.len(), 5310);
        assert_eq!(crc32(DICTIONARY), FROZEN_CRC);
    }

    /// The CRC-32 of dictionary.json as first shipped.
    const FROZEN_CRC: u32 = 0xE0EC_0A9F;

    #[test]
    fn text_round_trips_through_the_dictionary() {
        for text in [&b""[..], b"{}", DICTIONARY, &[7u8; 100_000]] {
            assert_eq!(inflate(&deflate(text), 1 << 20).as_deref(), Some(text));
        }
    }

    #[test]
    fn text_like_the_dictionary_costs_almost_nothing() {
        let cost = deflate(DICTIONARY).len();
        assert!(cost < 120, "{cost} bytes");
    }

    #[test]
    fn inflating_stops_at_the_limit() {
        let big = vec![b'a'; 1_000_000];
        assert_eq!(inflate(&deflate(&big), 1000), None);
    }
}
