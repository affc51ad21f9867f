/**
 */
package tandem.ivr.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An announcement (closed, holiday, promotion news), then the flow goes on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.Message#getText <em>Text</em>}</li>
 *   <li>{@link tandem.ivr.model.Message#getNext <em>Next</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getMessage()
 * @model
 * @generated
 */
public interface Message extends Node
{
  /**
   * Returns the value of the '<em><b>Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Text</em>' attribute.
   * @see #setText(String)
   * @see tandem.ivr.model.IvrPackage#getMessage_Text()
   * @model
   * @generated
   */
  String getText();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Message#getText <em>Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Text</em>' attribute.
   * @see #getText()
   * @generated
   */
  void setText(String value);

  /**
   * Returns the value of the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Next</em>' reference.
   * @see #setNext(Node)
   * @see tandem.ivr.model.IvrPackage#getMessage_Next()
   * @model
   * @generated
   */
  Node getNext();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Message#getNext <em>Next</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Next</em>' reference.
   * @see #getNext()
   * @generated
   */
  void setNext(Node value);

} // Message
