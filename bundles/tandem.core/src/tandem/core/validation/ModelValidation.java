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
 * Validates plan documents with the validators contributed to {@code tandem.core.validators}, registering them with
 * EMF's validator registry on first use (each created only when its package is first validated).
 */
public final class ModelValidation {

    private static final Reader READER = new Reader();
    private static boolean registered;

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

    /** Registers every contributed validator (once; safe to call often). */
    public static synchronized void ensureRegistered() {
        if (registered) {
            return;
        }
        registered = true;
        for (Contribution contribution : READER.descriptors()) {
            EValidator.Descriptor descriptor = () -> contribution.validator().get().orElse(null);
            EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(contribution.nsURI());
            if (ePackage != null) {
                EValidator.Registry.INSTANCE.put(ePackage, descriptor);
            }
        }
    }

    private record Contribution(String nsURI, LazyInstance<EValidator> validator) {
    }

    private static final class Reader extends ExtensionReader<Contribution> {
        Reader() {
            super("tandem.core.validators");
        }

        @Override
        protected Contribution read(IConfigurationElement element, List<Contribution> readSoFar)
                throws InvalidContributionException {
            String nsURI = required(element, "nsURI");
            required(element, "class");
            if (readSoFar.stream().anyMatch(c -> c.nsURI().equals(nsURI))) {
                throw new InvalidContributionException("a validator for package '" + nsURI + "' is already contributed");
            }
            if (!EPackage.Registry.INSTANCE.containsKey(nsURI)) {
                throw new InvalidContributionException("no EMF package is registered for '" + nsURI + "'");
            }
            return new Contribution(nsURI, new LazyInstance<>(element, "class", EValidator.class));
        }
    }
}
