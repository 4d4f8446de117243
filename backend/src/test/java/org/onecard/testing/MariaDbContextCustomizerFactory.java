package org.onecard.testing;

import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Gives every {@link MariaDbTest} class its own database (and so its own context). */
public class MariaDbContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        Class<?> top = testClass;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        if (!AnnotatedElementUtils.hasAnnotation(top, MariaDbTest.class)) {
            return null;
        }
        return new MariaDbDatabaseCustomizer(top.getName());
    }
}
