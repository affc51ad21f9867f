package tandem.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

/**
 * Keeps the validators of an EMF validator registry in step with the contributed ones: a contribution that comes
 * is registered for its package (its validator created when the package is first validated), one that goes is
 * taken out again, and one replaced by another is replaced. Only what this registration put into the registry is
 * ever taken out: a validator someone else registered for a package meanwhile stays. Thread-safe.
 */
public final class ValidatorRegistration {

    /**
     * A contributed validator.
     *
     * @param nsURI     the namespace URI of the package it validates
     * @param validator creates it on first use; empty when it cannot be created
     */
    public record Contribution(String nsURI, Supplier<Optional<EValidator>> validator) {
    }

    /** What was registered for a contribution: the descriptor, and the validator it made once asked. */
    private static final class Registered implements EValidator.Descriptor {
        final Contribution contribution;
        final EPackage ePackage;
        private volatile EValidator made;

        Registered(Contribution contribution, EPackage ePackage) {
            this.contribution = contribution;
            this.ePackage = ePackage;
        }

        @Override
        public EValidator getEValidator() {
            EValidator validator = contribution.validator().get().orElse(null);
            made = validator;
            return validator;
        }

        /** Whether the registry's value is this registration's (EMF replaces a descriptor by what it made). */
        boolean owns(Object value) {
            return value == this || value != null && value == made;
        }
    }

    private final EValidator.Registry validators;
    private final EPackage.Registry packages;
    private final Map<String, Registered> registered = new HashMap<>();

    /**
     * @param validators the registry to keep in step, for example {@code EValidator.Registry.INSTANCE}
     * @param packages   where the contributions' packages are found
     */
    public ValidatorRegistration(EValidator.Registry validators, EPackage.Registry packages) {
        this.validators = validators;
        this.packages = packages;
    }

    /**
     * Brings the registry in step with the contributions now: registers the new ones, takes out those gone and
     * replaces those contributed anew. Contributions whose package is not registered are left out.
     */
    public synchronized void update(List<Contribution> contributions) {
        Map<String, Contribution> now = new HashMap<>();
        contributions.forEach(contribution -> now.putIfAbsent(contribution.nsURI(), contribution));
        registered.values().removeIf(old -> {
            if (now.get(old.contribution.nsURI()) == old.contribution) {
                return false;
            }
            if (old.owns(validators.get(old.ePackage))) {
                validators.remove(old.ePackage);
            }
            return true;
        });
        now.forEach((nsURI, contribution) -> {
            if (registered.containsKey(nsURI)) {
                return;
            }
            EPackage ePackage = packages.getEPackage(nsURI);
            if (ePackage != null) {
                Registered registration = new Registered(contribution, ePackage);
                validators.put(ePackage, registration);
                registered.put(nsURI, registration);
            }
        });
    }

    /** Takes out everything this registration put into the registry. */
    public void clear() {
        update(List.of());
    }
}
