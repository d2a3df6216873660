package io.stepline.store.jdbc;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Gives each test of a class the class's two stores (opened on first use, closed with the
 * class by JUnit, which closes what its class-level store holds).
 */
final class BothDatabases implements ArgumentsProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        ExtensionContext classContext = context.getParent().orElseThrow();
        TestStores stores = classContext.getStore(NAMESPACE).computeIfAbsent(TestStores.class.getName(),
                key -> new TestStores(classContext.getRequiredTestClass().getSimpleName()), TestStores.class);
        return stores.stores().stream().map(Arguments::of);
    }
}
