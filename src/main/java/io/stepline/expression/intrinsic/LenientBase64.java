package io.stepline.expression.intrinsic;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Base64 decoding as forgiving as AWS's States.Base64Decode, which accepts "!!!invalid!!!",
 * "abc", "ab==cd" and " YWJjZA== " and returns what it could decode. The rules are those of
 * Apache Commons Codec's decoder: characters outside the alphabet are skipped, the first '='
 * ends the data, a dangling partial group yields its whole bytes, and the URL-safe '-' and '_'
 * count as '+' and '/'.
 */
final class LenientBase64 {
    private static final byte[] DECODE = new byte[128];

    static {
        Arrays.fill(DECODE, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            DECODE[alphabet.charAt(i)] = (byte) i;
        }
        DECODE['-'] = 62;
        DECODE['_'] = 63;
    }

    private LenientBase64() {
    }

    static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 4);
        int bits = 0;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                break;
            }
            int value = c < 128 ? DECODE[c] : -1;
            if (value < 0) {
                continue;
            }
            bits = (bits << 6) | value;
            if (++count == 4) {
                out.write(bits >> 16);
                out.write(bits >> 8);
                out.write(bits);
                bits = 0;
                count = 0;
            }
        }
        if (count == 2) {
            out.write(bits >> 4);
        } else if (count == 3) {
            out.write(bits >> 10);
            out.write(bits >> 2);
        }
        return out.toByteArray();
    }
}
