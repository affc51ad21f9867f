package tandem.excel.internal.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;

/** One change of a merge, with what it takes to undo it. */
abstract class Change {

    /** The value of a {@link Set} that unsets an unsettable feature (an empty cell where the plan states a value). */
    static final Object UNSET = new Object();

    abstract void apply();

    abstract void undo();

    /** The element the change is about, for the command's affected objects. */
    abstract EObject affected();

    /** Adds a new element to a containment. */
    static final class Add extends Change {
        private final EObject owner;
        private final EReference containment;
        private final EObject element;

        Add(EObject owner, EReference containment, EObject element) {
            this.owner = owner;
            this.containment = containment;
            this.element = element;
        }

        @Override
        @SuppressWarnings("unchecked")
        void apply() {
            if (containment.isMany()) {
                ((InternalEList<EObject>) owner.eGet(containment)).addUnique(element);
            } else {
                owner.eSet(containment, element);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        void undo() {
            if (containment.isMany()) {
                EList<EObject> list = (EList<EObject>) owner.eGet(containment);
                int index = list.lastIndexOf(element);
                if (index >= 0) {
                    list.remove(index);
                }
            } else {
                owner.eSet(containment, null);
            }
        }

        @Override
        EObject affected() {
            return element;
        }
    }

    /** Moves an existing element to another parent (its parent column names another element). */
    static final class Move extends Change {
        private final EObject element;
        private final EObject newOwner;
        private final EReference containment;
        private EObject oldOwner;
        private EReference oldContainment;
        private int oldIndex;

        Move(EObject element, EObject newOwner, EReference containment) {
            this.element = element;
            this.newOwner = newOwner;
            this.containment = containment;
        }

        @Override
        @SuppressWarnings("unchecked")
        void apply() {
            oldOwner = element.eContainer();
            oldContainment = element.eContainmentFeature();
            oldIndex = oldContainment.isMany() ? ((List<?>) oldOwner.eGet(oldContainment)).indexOf(element) : -1;
            if (containment.isMany()) {
                ((EList<EObject>) newOwner.eGet(containment)).add(element);
            } else {
                newOwner.eSet(containment, element);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        void undo() {
            if (oldContainment.isMany()) {
                EList<EObject> list = (EList<EObject>) oldOwner.eGet(oldContainment);
                list.add(Math.min(oldIndex, list.size()), element);
            } else {
                oldOwner.eSet(oldContainment, element);
            }
        }

        @Override
        EObject affected() {
            return element;
        }
    }

    /** Gives a feature of an element a new value. */
    static final class Set extends Change {
        private final EObject element;
        private final EStructuralFeature feature;
        private final Object value;
        private Object old;
        private boolean wasSet;

        /** @param value the new value, or {@link Change#UNSET} to unset an unsettable feature */
        Set(EObject element, EStructuralFeature feature, Object value) {
            this.element = element;
            this.feature = feature;
            this.value = feature.isMany() && value != UNSET ? new ArrayList<>((List<?>) value) : value;
        }

        @Override
        void apply() {
            Object current = element.eGet(feature);
            old = feature.isMany() ? new ArrayList<>((List<?>) current) : current;
            wasSet = element.eIsSet(feature);
            if (value == UNSET) {
                element.eUnset(feature);
            } else {
                element.eSet(feature, value);
            }
        }

        @Override
        void undo() {
            if (feature.isUnsettable() && !wasSet) {
                element.eUnset(feature);
            } else {
                element.eSet(feature, old);
            }
        }

        @Override
        EObject affected() {
            return element;
        }
    }
}
