#![allow(clippy::unwrap_used)]

use image::{ImageBuffer, Rgb, RgbImage, Rgba};

use super::*;

fn encode(picture: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut bytes = Cursor::new(Vec::new());
    picture.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

fn gradient(width: u32, height: u32) -> RgbImage {
    ImageBuffer::from_fn(width, height, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 128]))
}

fn decoded(png: &[u8]) -> DynamicImage {
    assert_eq!(image::guess_format(png).unwrap(), ImageFormat::Png);
    image::load_from_memory_with_format(png, ImageFormat::Png).unwrap()
}

/// CRC-32 as PNG chunks use it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[test]
fn a_large_png_is_scaled_to_fit_and_keeps_its_transparency() {
    let picture = ImageBuffer::from_fn(1200, 600, |x, _| Rgba([200, 30, 30, if x < 600 { 255 } else { 0 }]));
    let logo = prepare_logo(&encode(DynamicImage::ImageRgba8(picture), ImageFormat::Png)).unwrap();
    assert_eq!((logo.width, logo.height), (512, 256));
    let again = decoded(&logo.png);
    assert_eq!((again.width(), again.height()), (512, 256));
    assert!(again.color().has_alpha());
    assert_eq!(again.to_rgba8().get_pixel(500, 100).0[3], 0, "transparent stays transparent");
    assert_eq!(logo.hash, LogoHash::from_digest(&Sha256::digest(&logo.png).into()));
}

#[test]
fn a_jpeg_becomes_a_png_and_a_small_picture_is_not_enlarged() {
    let jpeg = encode(DynamicImage::ImageRgb8(gradient(300, 200)), ImageFormat::Jpeg);
    let logo = prepare_logo(&jpeg).unwrap();
    assert_eq!((logo.width, logo.height), (300, 200));
    assert!(!decoded(&logo.png).color().has_alpha(), "no alpha channel where there was none");
}

#[test]
fn a_webp_is_accepted() {
    let webp = encode(DynamicImage::ImageRgba8(ImageBuffer::from_pixel(64, 64, Rgba([0, 90, 160, 255]))), ImageFormat::WebP);
    assert_eq!(prepare_logo(&webp).map(|l| (l.width, l.height)), Ok((64, 64)));
}

#[test]
fn the_same_picture_gives_the_same_hash() {
    let png = encode(DynamicImage::ImageRgb8(gradient(40, 40)), ImageFormat::Png);
    assert_eq!(prepare_logo(&png).unwrap().hash, prepare_logo(&png).unwrap().hash);
    let other = encode(DynamicImage::ImageRgb8(gradient(41, 40)), ImageFormat::Png);
    assert_ne!(prepare_logo(&png).unwrap().hash, prepare_logo(&other).unwrap().hash);
}

#[test]
fn text_named_like_a_picture_is_not_a_picture() {
    // What a "logo.png" that is really a text file or a web page contains.
    assert_eq!(prepare_logo(b"Kulturverein Logo\n"), Err(LogoError::NotAnImage));
    assert_eq!(prepare_logo(b"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), Err(LogoError::NotAnImage));
    assert_eq!(prepare_logo(b"GIF89a\x01\x00\x01\x00"), Err(LogoError::NotAnImage), "other picture formats are refused");
    assert_eq!(prepare_logo(b""), Err(LogoError::Empty));
}

#[test]
fn a_truncated_picture_is_not_a_picture() {
    let png = encode(DynamicImage::ImageRgb8(gradient(100, 100)), ImageFormat::Png);
    assert_eq!(prepare_logo(&png[..png.len() / 2]), Err(LogoError::NotAnImage));
}

#[test]
fn more_than_two_megabytes_is_too_big_before_anything_is_read() {
    let mut upload = encode(DynamicImage::ImageRgb8(gradient(8, 8)), ImageFormat::Png);
    upload.resize(MAX_BYTES + 1, 0);
    assert_eq!(prepare_logo(&upload), Err(LogoError::TooBig));
}

#[test]
fn dimensions_are_checked_from_the_header_before_decoding() {
    // A real PNG whose header is changed to claim 50 000 × 50 000 pixels (10 GB to decode).
    let mut png = encode(DynamicImage::ImageRgb8(gradient(1, 1)), ImageFormat::Png);
    png[16..20].copy_from_slice(&50_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&50_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    assert_eq!(prepare_logo(&png), Err(LogoError::TooLarge));

    // The same with a JPEG's frame header.
    let mut jpeg = encode(DynamicImage::ImageRgb8(gradient(16, 16)), ImageFormat::Jpeg);
    let sof = jpeg.windows(2).position(|w| w == [0xff, 0xc0]).unwrap();
    jpeg[sof + 5..sof + 7].copy_from_slice(&60_000u16.to_be_bytes());
    jpeg[sof + 7..sof + 9].copy_from_slice(&60_000u16.to_be_bytes());
    assert_eq!(prepare_logo(&jpeg), Err(LogoError::TooLarge));

    // A real picture one pixel wider than allowed (small as a file).
    let wide = encode(DynamicImage::ImageRgb8(ImageBuffer::from_pixel(MAX_SIDE + 1, 1, Rgb([0, 0, 0]))), ImageFormat::Png);
    assert!(wide.len() < 10_000);
    assert_eq!(prepare_logo(&wide), Err(LogoError::TooLarge));
}

#[test]
fn metadata_and_appended_content_are_dropped_and_the_camera_orientation_applied() {
    let jpeg = encode(DynamicImage::ImageRgb8(gradient(40, 20)), ImageFormat::Jpeg);
    // An EXIF block right after the start marker: orientation 6 (turn 90° clockwise) and a
    // text that stands for the GPS position a phone writes.
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(b"GPS 48.8975N 9.1920E");
    let mut with_exif = jpeg[..2].to_vec();
    with_exif.extend_from_slice(&[0xff, 0xe1]);
    with_exif.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    with_exif.extend_from_slice(&exif);
    with_exif.extend_from_slice(&jpeg[2..]);
    // And a web page after the end of the picture: a polyglot file.
    with_exif.extend_from_slice(b"<html><script>alert(1)</script></html>");

    let logo = prepare_logo(&with_exif).unwrap();
    assert_eq!((logo.width, logo.height), (20, 40), "turned upright");
    for needle in [&b"Exif"[..], b"GPS", b"<script>", b"MM\0\x2a"] {
        assert!(!logo.png.windows(needle.len()).any(|w| w == needle), "{:?} left in the output", String::from_utf8_lossy(needle));
    }
}
