package io.stepline.store.jdbc;

import java.util.regex.Pattern;

/** Keeps credentials out of messages: URLs are masked, a known password is scrubbed from text. */
final class Redaction {
    /** {@code password=...} as a URL query parameter (PostgreSQL) or an H2 option, any case. */
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)((?:password|passwd|pwd)[a-z_]*=)[^&;]*");
    /** {@code //user:secret@host} in URLs that carry credentials in the authority. */
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:;?]*):([^/@;?]*)@");
    static final String MASK = "***";

    private Redaction() {
    }

    static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_OPTION.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO.matcher(masked).replaceAll("//$1:" + MASK + "@");
    }

    /** {@code text} with every occurrence of {@code password} masked (drivers may echo it). */
    static String scrub(String text, String password) {
        if (text == null || password == null || password.isEmpty()) {
            return text;
        }
        return text.replace(password, MASK);
    }
}
