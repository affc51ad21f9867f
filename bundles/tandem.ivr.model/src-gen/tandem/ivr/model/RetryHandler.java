/**
 */
package tandem.ivr.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retry Handler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Retries with a re-prompt, then a final action. A final disconnect is allowed by the model so that the checks can flag it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.RetryHandler#getRetries <em>Retries</em>}</li>
 *   <li>{@link tandem.ivr.model.RetryHandler#getRepromptText <em>Reprompt Text</em>}</li>
 *   <li>{@link tandem.ivr.model.RetryHandler#getFinalAction <em>Final Action</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getRetryHandler()
 * @model
 * @generated
 */
public interface RetryHandler extends EObject
{
  /**
   * Returns the value of the '<em><b>Retries</b></em>' attribute.
   * The default value is <code>"2"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Retries</em>' attribute.
   * @see #setRetries(int)
   * @see tandem.ivr.model.IvrPackage#getRetryHandler_Retries()
   * @model default="2"
   * @generated
   */
  int getRetries();

  /**
   * Sets the value of the '{@link tandem.ivr.model.RetryHandler#getRetries <em>Retries</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Retries</em>' attribute.
   * @see #getRetries()
   * @generated
   */
  void setRetries(int value);

  /**
   * Returns the value of the '<em><b>Reprompt Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Reprompt Text</em>' attribute.
   * @see #setRepromptText(String)
   * @see tandem.ivr.model.IvrPackage#getRetryHandler_RepromptText()
   * @model
   * @generated
   */
  String getRepromptText();

  /**
   * Sets the value of the '{@link tandem.ivr.model.RetryHandler#getRepromptText <em>Reprompt Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Reprompt Text</em>' attribute.
   * @see #getRepromptText()
   * @generated
   */
  void setRepromptText(String value);

  /**
   * Returns the value of the '<em><b>Final Action</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Final Action</em>' reference.
   * @see #setFinalAction(Node)
   * @see tandem.ivr.model.IvrPackage#getRetryHandler_FinalAction()
   * @model
   * @generated
   */
  Node getFinalAction();

  /**
   * Sets the value of the '{@link tandem.ivr.model.RetryHandler#getFinalAction <em>Final Action</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Final Action</em>' reference.
   * @see #getFinalAction()
   * @generated
   */
  void setFinalAction(Node value);

} // RetryHandler
