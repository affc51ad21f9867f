/**
 */
package tandem.core.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of every plan file.
 * <!-- end-model-doc -->
 *
 *
 * @see tandem.core.model.CorePackage#getPlanDocument()
 * @model abstract="true"
 * @generated
 */
public interface PlanDocument extends NamedElement
{
} // PlanDocument
