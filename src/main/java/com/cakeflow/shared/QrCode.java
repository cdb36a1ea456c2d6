package com.cakeflow.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes as inline SVG (ZXing encodes, we draw the modules): sharp on any screen, printable, no image endpoint. */
public final class QrCode {

	private QrCode() {
	}

	/** An SVG of the text's QR code, one unit per module with a quiet zone of two, scaled by the page. */
	public static String svg(String text) {
		var matrix = matrix(text);
		var path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
				+ "\"/></svg>";
	}

	/**
	 * A PNG of the text's QR code, {@code scale} pixels per module: for mail, whose clients show images but not inline
	 * SVG.
	 */
	public static byte[] png(String text, int scale) {
		var matrix = matrix(text);
		var image = new java.awt.image.BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The text of a QR code photographed in a JPEG or PNG (the customer's phone held up to the counter camera); empty when none is found. */
	public static java.util.Optional<String> read(byte[] image) {
		try {
			var picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
			if (picture == null) {
				return java.util.Optional.empty();
			}
			var pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
			var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
					new com.google.zxing.RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
			return java.util.Optional.of(new com.google.zxing.qrcode.QRCodeReader()
				.decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
		}
		catch (java.io.IOException | com.google.zxing.ReaderException unreadable) {
			return java.util.Optional.empty();
		}
	}

	private static com.google.zxing.common.BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode as QR: " + text, e);
		}
	}
}
