package tandem.excel.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The documentation a model gives its classes and features. Generated packages usually leave the GenModel
 * documentation out of the running model, so it is read from the model's .ecore file beside its registered
 * .genmodel; without a running platform, or without documentation, the answer is empty.
 */
public final class ModelDocumentation {

    private final ResourceSet files = new ResourceSetImpl();
    private final Map<String, EPackage> packages = new HashMap<>();

    /** The documentation of a class or feature, or an empty string. */
    public String of(EModelElement element) {
        String text = EcoreUtil.getDocumentation(element);
        if (text == null) {
            EModelElement inFile = inFile(element);
            text = inFile == null ? null : EcoreUtil.getDocumentation(inFile);
        }
        return text == null ? "" : text.trim();
    }

    private EModelElement inFile(EModelElement element) {
        if (element instanceof EStructuralFeature feature) {
            EClass type = (EClass) inFile(feature.getEContainingClass());
            return type == null ? null : type.getEStructuralFeature(feature.getName());
        }
        if (element instanceof EClassifier classifier) {
            EPackage file = file(classifier.getEPackage());
            return file == null ? null : file.getEClassifier(classifier.getName());
        }
        return null;
    }

    private EPackage file(EPackage runtime) {
        if (runtime == null || runtime.getNsURI() == null) {
            return null;
        }
        return packages.computeIfAbsent(runtime.getNsURI(), nsURI -> {
            try {
                URI genModel = EcorePlugin.getEPackageNsURIToGenModelLocationMap(false).get(nsURI);
                if (genModel == null) {
                    return null;
                }
                Resource resource = files.getResource(genModel.trimFileExtension().appendFileExtension("ecore"),
                        true);
                return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof EPackage p)
                        ? null : p;
            } catch (RuntimeException | LinkageError e) {
                return null; // no platform, or no model file: no documentation
            }
        });
    }
}
