/**
 */
package tandem.ivr.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Caller Input Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node that asks the caller for something and must cope with callers it does not understand (no match) or who say nothing (no input).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.CallerInputNode#getPromptText <em>Prompt Text</em>}</li>
 *   <li>{@link tandem.ivr.model.CallerInputNode#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link tandem.ivr.model.CallerInputNode#getNoMatch <em>No Match</em>}</li>
 *   <li>{@link tandem.ivr.model.CallerInputNode#getNoInput <em>No Input</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getCallerInputNode()
 * @model abstract="true"
 * @generated
 */
public interface CallerInputNode extends Node
{
  /**
   * Returns the value of the '<em><b>Prompt Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Prompt Text</em>' attribute.
   * @see #setPromptText(String)
   * @see tandem.ivr.model.IvrPackage#getCallerInputNode_PromptText()
   * @model
   * @generated
   */
  String getPromptText();

  /**
   * Sets the value of the '{@link tandem.ivr.model.CallerInputNode#getPromptText <em>Prompt Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Prompt Text</em>' attribute.
   * @see #getPromptText()
   * @generated
   */
  void setPromptText(String value);

  /**
   * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
   * The default value is <code>"5"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * How long the caller has to answer before it counts as no input.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Timeout Seconds</em>' attribute.
   * @see #setTimeoutSeconds(int)
   * @see tandem.ivr.model.IvrPackage#getCallerInputNode_TimeoutSeconds()
   * @model default="5"
   * @generated
   */
  int getTimeoutSeconds();

  /**
   * Sets the value of the '{@link tandem.ivr.model.CallerInputNode#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
   * @see #getTimeoutSeconds()
   * @generated
   */
  void setTimeoutSeconds(int value);

  /**
   * Returns the value of the '<em><b>No Match</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What happens when the caller's answer is not understood or not valid.
   * <!-- end-model-doc -->
   * @return the value of the '<em>No Match</em>' containment reference.
   * @see #setNoMatch(RetryHandler)
   * @see tandem.ivr.model.IvrPackage#getCallerInputNode_NoMatch()
   * @model containment="true"
   * @generated
   */
  RetryHandler getNoMatch();

  /**
   * Sets the value of the '{@link tandem.ivr.model.CallerInputNode#getNoMatch <em>No Match</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>No Match</em>' containment reference.
   * @see #getNoMatch()
   * @generated
   */
  void setNoMatch(RetryHandler value);

  /**
   * Returns the value of the '<em><b>No Input</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What happens when the caller says or presses nothing before the timeout.
   * <!-- end-model-doc -->
   * @return the value of the '<em>No Input</em>' containment reference.
   * @see #setNoInput(RetryHandler)
   * @see tandem.ivr.model.IvrPackage#getCallerInputNode_NoInput()
   * @model containment="true"
   * @generated
   */
  RetryHandler getNoInput();

  /**
   * Sets the value of the '{@link tandem.ivr.model.CallerInputNode#getNoInput <em>No Input</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>No Input</em>' containment reference.
   * @see #getNoInput()
   * @generated
   */
  void setNoInput(RetryHandler value);

} // CallerInputNode
