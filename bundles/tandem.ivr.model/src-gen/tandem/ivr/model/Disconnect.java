/**
 */
package tandem.ivr.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disconnect</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ends the call.
 * <!-- end-model-doc -->
 *
 *
 * @see tandem.ivr.model.IvrPackage#getDisconnect()
 * @model
 * @generated
 */
public interface Disconnect extends Node
{
} // Disconnect
