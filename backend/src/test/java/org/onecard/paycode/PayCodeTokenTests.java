package org.onecard.paycode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onecard.paycode.domain.PayCodeToken;

class PayCodeTokenTests {

    private static final byte[] SECRET = "pay-code-test-secret-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignedCodeVerifiesUnderItsSecretOnly() {
        PayCodeToken token = new PayCodeToken(42, 1_773_549_045L, "AAECAwQFBgcICQoL");
        String text = token.sign(SECRET);

        assertThat(text).startsWith("OC1.42.1773549045.AAECAwQFBgcICQoL.").hasSize(57);
        assertThat(PayCodeToken.verify(text, SECRET)).contains(token);
        assertThat(PayCodeToken.verify(text, "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void everyOtherSpellingOfTheMacIsRefused() {
        String text = new PayCodeToken(42, 1_773_549_045L, "AAECAwQFBgcICQoL").sign(SECRET);
        char last = text.charAt(text.length() - 1);
        String base64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        for (char c : base64url.toCharArray()) {
            if (c != last) {
                assertThat(PayCodeToken.verify(text.substring(0, text.length() - 1) + c, SECRET)).as("%c", c).isEmpty();
            }
        }
    }

    @Test
    void malformedCodesAreRefused() {
        String good = new PayCodeToken(42, 1_773_549_045L, "AAECAwQFBgcICQoL").sign(SECRET);

        for (String bad : new String[] {"", "OC1.", "OC1.42", good + ".", good.replace("OC1.", "OC2."),
                good.replace(".42.", ".042."), good.replace(".42.", ".-42."), good + "A".repeat(100)}) {
            assertThat(PayCodeToken.verify(bad, SECRET)).as(bad).isEmpty();
        }
    }
}
