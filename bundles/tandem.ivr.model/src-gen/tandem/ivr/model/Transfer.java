/**
 */
package tandem.ivr.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transfer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hands the call to an external number (a partner, another department).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.Transfer#getNumber <em>Number</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getTransfer()
 * @model
 * @generated
 */
public interface Transfer extends Node
{
  /**
   * Returns the value of the '<em><b>Number</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Number</em>' attribute.
   * @see #setNumber(String)
   * @see tandem.ivr.model.IvrPackage#getTransfer_Number()
   * @model
   * @generated
   */
  String getNumber();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Transfer#getNumber <em>Number</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Number</em>' attribute.
   * @see #getNumber()
   * @generated
   */
  void setNumber(String value);

} // Transfer
