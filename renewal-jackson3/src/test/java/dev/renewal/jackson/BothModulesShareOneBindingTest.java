package dev.renewal.jackson;

import dev.renewal.json.Portfolio;
import dev.renewal.json.internal.IsoText;
import dev.renewal.json.mixin.RenewalMixins;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * This test's class path has both renewal-jackson and renewal-jackson3, as an application using both
 * would: the shared shapes are one set of classes in renewal-json-binding, not a copy inside each module.
 */
class BothModulesShareOneBindingTest {

    @Test
    void eachSharedClassIsOnTheClassPathOnce() throws IOException {
        for (Class<?> shared : List.of(Portfolio.class, RenewalMixins.class, IsoText.class)) {
            String file = shared.getName().replace('.', '/') + ".class";
            List<URL> copies = Collections.list(getClass().getClassLoader().getResources(file));
            assertEquals(1, copies.size(), file + " found in " + copies);
        }
    }

    @Test
    void bothMappersBindMoneyThroughTheOneSharedMixin() {
        Class<?> shared = RenewalMixins.all().get(Money.class);
        assertSame(shared, dev.renewal.jackson.RenewalJson.mapper().findMixInClassFor(Money.class));
        assertSame(shared, dev.renewal.jackson3.RenewalJson.mapper().serializationConfig().findMixInClassFor(Money.class));
    }
}
