package tandem.excel.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.core.documents.ElementPaths;

/** Says where two documents differ, for assertion messages; equality itself is {@link EcoreUtil#equals}. */
final class Differences {

    private Differences() {
    }

    static String between(EObject expected, EObject actual) {
        List<String> found = new ArrayList<>();
        EcoreUtil.EqualityHelper helper = new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
                boolean equal = super.haveEqualFeature(a, b, feature);
                if (!equal && found.size() < 10) {
                    found.add(ElementPaths.of(a) + "." + feature.getName() + ": expected " + a.eGet(feature)
                            + " but was " + b.eGet(feature));
                }
                return equal;
            }
        };
        helper.equals(expected, actual);
        return found.isEmpty() ? "(no difference found)" : String.join("\n", found);
    }
}
