package com.cakeflow;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads QR codes back in tests with ZXing's decoder, as a phone's scanner would. */
public final class QrCodes {

	private QrCodes() {
	}

	/** The text of the QR code in an image given as ARGB pixels, row by row. */
	public static String decode(int width, int height, int[] argb) throws Exception {
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
		return new QRCodeReader().decode(bitmap).getText();
	}
}
