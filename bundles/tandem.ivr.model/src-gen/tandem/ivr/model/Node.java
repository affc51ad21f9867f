/**
 */
package tandem.ivr.model;

import tandem.core.model.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of the call flow.
 * <!-- end-model-doc -->
 *
 *
 * @see tandem.ivr.model.IvrPackage#getNode()
 * @model abstract="true"
 * @generated
 */
public interface Node extends NamedElement
{
} // Node
