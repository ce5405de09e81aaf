package dev.ticketing.gateway.token;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A strict {@code application/x-www-form-urlencoded} parser for the OAuth endpoints: a bad percent-escape, bytes
 * that are not UTF-8, or a parameter given twice (RFC 6749 section 3.2) are refused with {@link Invalid}, which the
 * endpoints answer as {@code invalid_request}, instead of being decoded leniently into something else.
 */
final class OAuthForm {

    /** The form cannot be decoded. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private OAuthForm() {
    }

    static Map<String, String> parse(String body) throws Invalid {
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (form.putIfAbsent(name, value) != null) {
                throw new Invalid("parameter " + name + " is given more than once");
            }
        }
        return form;
    }

    private static String decode(String text) throws Invalid {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new Invalid("incomplete percent-escape");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new Invalid("bad percent-escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f || Character.isISOControl(c)) {
                throw new Invalid("unencoded character");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid("not UTF-8");
        }
    }
}
