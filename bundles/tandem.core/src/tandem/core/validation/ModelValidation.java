package tandem.core.validation;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;

import tandem.core.documents.ElementPaths;
import tandem.core.registry.ExtensionReader;
import tandem.core.registry.InvalidContributionException;
import tandem.core.registry.LazyInstance;

/**
 * Validates plan documents with the validators contributed to {@code tandem.core.validators}. The contributions are
 * read, and registered with EMF's validator registry, on first use; each validator is created only when its package
 * is first validated. From then on the registry is kept in step with the bundles that come and go (through the
 * extension registry's listener): a validator of a bundle that goes is taken out, one of a bundle that comes is
 * registered. Bad contributions are reported in the error log, naming their bundle, and skipped.
 */
public final class ModelValidation {

    private static final Validators VALIDATORS = new Validators();

    private ModelValidation() {
    }

    /**
     * Validates an element and everything it contains. Elements are named in messages by their path and file (for
     * example {@code ContactCenter 'Acme' / Queue 'Billing' in acme.center}), not by their Java object.
     */
    public static Diagnostic validate(EObject root) {
        ensureRegistered();
        return LABELLED.validate(root);
    }

    /**
     * Validates an element and everything it contains, handing each problem to {@code problems} as it is found
     * instead of collecting them all (for documents that may have very many).
     */
    public static void validate(EObject root, org.eclipse.emf.common.util.DiagnosticChain problems) {
        ensureRegistered();
        LABELLED.validate(root, problems, LABELLED.createDefaultContext());
    }

    private static final Diagnostician LABELLED = new Diagnostician() {
        @Override
        public String getObjectLabel(EObject eObject) {
            String path = ElementPaths.of(eObject);
            Resource resource = eObject.eResource();
            String file = resource == null || resource.getURI() == null ? null : resource.getURI().lastSegment();
            return file == null ? path : path + " in " + file;
        }
    };

    /** Registers the contributed validators with EMF's validator registry, as contributed now; cheap when done. */
    public static void ensureRegistered() {
        VALIDATORS.register();
    }

    /** The contributions to {@code tandem.core.validators}, registered once asked for and kept in step after. */
    private static final class Validators extends ExtensionReader<ValidatorRegistration.Contribution> {
        private final ValidatorRegistration registration = new ValidatorRegistration(EValidator.Registry.INSTANCE,
                EPackage.Registry.INSTANCE);
        /** The contributions registered, or {@code null} before the first registration. */
        private List<ValidatorRegistration.Contribution> registered;

        Validators() {
            super("tandem.core.validators");
        }

        synchronized void register() {
            List<ValidatorRegistration.Contribution> now = descriptors();
            if (now != registered) {
                registration.update(now);
                registered = now;
            }
        }

        /** Bundles came or went: once registered, the registry follows at once (a gone bundle's class must go). */
        @Override
        public synchronized void invalidate() {
            super.invalidate();
            if (registered != null) {
                register();
            }
        }

        @Override
        protected ValidatorRegistration.Contribution read(IConfigurationElement element,
                List<ValidatorRegistration.Contribution> readSoFar) throws InvalidContributionException {
            String nsURI = required(element, "nsURI");
            required(element, "class");
            if (readSoFar.stream().anyMatch(c -> c.nsURI().equals(nsURI))) {
                throw new InvalidContributionException("a validator for package '" + nsURI + "' is already contributed");
            }
            if (!EPackage.Registry.INSTANCE.containsKey(nsURI)) {
                throw new InvalidContributionException("no EMF package is registered for '" + nsURI + "'");
            }
            return new ValidatorRegistration.Contribution(nsURI,
                    new LazyInstance<>(element, "class", EValidator.class)::get);
        }
    }
}
