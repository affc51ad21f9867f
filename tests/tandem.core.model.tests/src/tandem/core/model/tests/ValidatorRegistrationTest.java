package tandem.core.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;

import tandem.core.model.CorePackage;
import tandem.core.validation.ValidatorRegistration;
import tandem.core.validation.ValidatorRegistration.Contribution;

/** Contributed validators follow the bundles that come and go, and leave others' registrations alone. */
class ValidatorRegistrationTest {

    private static final String CORE = CorePackage.eNS_URI;

    private final EValidator.Registry validators = new EValidatorRegistryImpl();
    private final EPackage.Registry packages = new EPackageRegistryImpl();
    private final ValidatorRegistration registration = new ValidatorRegistration(validators, packages);
    private final AtomicInteger created = new AtomicInteger();

    ValidatorRegistrationTest() {
        packages.put(CORE, CorePackage.eINSTANCE);
    }

    private Contribution contribution(EValidator validator) {
        return new Contribution(CORE, () -> {
            created.incrementAndGet();
            return Optional.of(validator);
        });
    }

    @Test
    void aContributionIsRegisteredAndItsValidatorCreatedOnlyWhenAskedFor() {
        EValidator validator = new EObjectValidator();
        registration.update(List.of(contribution(validator)));
        assertEquals(0, created.get(), "nothing created before the package is validated");
        assertSame(validator, validators.getEValidator(CorePackage.eINSTANCE));
        assertEquals(1, created.get());
    }

    @Test
    void aContributionThatGoesIsTakenOutEvenAfterItsValidatorWasCreated() {
        registration.update(List.of(contribution(new EObjectValidator())));
        validators.getEValidator(CorePackage.eINSTANCE);
        registration.update(List.of());
        assertNull(validators.get(CorePackage.eINSTANCE));
    }

    @Test
    void aContributionMadeAnewReplacesTheOldOne() {
        Contribution first = contribution(new EObjectValidator());
        registration.update(List.of(first));
        registration.update(List.of(first));
        EValidator second = new EObjectValidator();
        registration.update(List.of(contribution(second)));
        assertSame(second, validators.getEValidator(CorePackage.eINSTANCE));
    }

    @Test
    void aValidatorSomeoneElseRegisteredStays() {
        registration.update(List.of(contribution(new EObjectValidator())));
        EValidator theirs = new EObjectValidator();
        validators.put(CorePackage.eINSTANCE, theirs);
        registration.clear();
        assertSame(theirs, validators.get(CorePackage.eINSTANCE));
    }

    @Test
    void aContributionForAPackageNotRegisteredIsLeftOut() {
        registration.update(List.of(new Contribution("urn:not-registered", Optional::empty)));
        assertEquals(0, validators.size());
    }
}
