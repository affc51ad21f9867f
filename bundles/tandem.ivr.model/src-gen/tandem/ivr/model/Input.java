/**
 */
package tandem.ivr.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Collects digits (an account number, a date of birth) and validates them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.Input#getVariable <em>Variable</em>}</li>
 *   <li>{@link tandem.ivr.model.Input#getMinLength <em>Min Length</em>}</li>
 *   <li>{@link tandem.ivr.model.Input#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link tandem.ivr.model.Input#getPattern <em>Pattern</em>}</li>
 *   <li>{@link tandem.ivr.model.Input#getNext <em>Next</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getInput()
 * @model
 * @generated
 */
public interface Input extends CallerInputNode
{
  /**
   * Returns the value of the '<em><b>Variable</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What the digits are kept as, for self-service and agents (accountNumber).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Variable</em>' attribute.
   * @see #setVariable(String)
   * @see tandem.ivr.model.IvrPackage#getInput_Variable()
   * @model
   * @generated
   */
  String getVariable();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Input#getVariable <em>Variable</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Variable</em>' attribute.
   * @see #getVariable()
   * @generated
   */
  void setVariable(String value);

  /**
   * Returns the value of the '<em><b>Min Length</b></em>' attribute.
   * The default value is <code>"1"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Min Length</em>' attribute.
   * @see #setMinLength(int)
   * @see tandem.ivr.model.IvrPackage#getInput_MinLength()
   * @model default="1"
   * @generated
   */
  int getMinLength();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Input#getMinLength <em>Min Length</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Min Length</em>' attribute.
   * @see #getMinLength()
   * @generated
   */
  void setMinLength(int value);

  /**
   * Returns the value of the '<em><b>Max Length</b></em>' attribute.
   * The default value is <code>"20"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Max Length</em>' attribute.
   * @see #setMaxLength(int)
   * @see tandem.ivr.model.IvrPackage#getInput_MaxLength()
   * @model default="20"
   * @generated
   */
  int getMaxLength();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Input#getMaxLength <em>Max Length</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Max Length</em>' attribute.
   * @see #getMaxLength()
   * @generated
   */
  void setMaxLength(int value);

  /**
   * Returns the value of the '<em><b>Pattern</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * A regular expression valid input must match as a whole; empty accepts any digits.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Pattern</em>' attribute.
   * @see #setPattern(String)
   * @see tandem.ivr.model.IvrPackage#getInput_Pattern()
   * @model
   * @generated
   */
  String getPattern();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Input#getPattern <em>Pattern</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Pattern</em>' attribute.
   * @see #getPattern()
   * @generated
   */
  void setPattern(String value);

  /**
   * Returns the value of the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Where the flow goes on with valid input.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Next</em>' reference.
   * @see #setNext(Node)
   * @see tandem.ivr.model.IvrPackage#getInput_Next()
   * @model
   * @generated
   */
  Node getNext();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Input#getNext <em>Next</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Next</em>' reference.
   * @see #getNext()
   * @generated
   */
  void setNext(Node value);

} // Input
