/**
 */
package tandem.ivr.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Menu Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.MenuOption#getKey <em>Key</em>}</li>
 *   <li>{@link tandem.ivr.model.MenuOption#getPhrases <em>Phrases</em>}</li>
 *   <li>{@link tandem.ivr.model.MenuOption#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getMenuOption()
 * @model
 * @generated
 */
public interface MenuOption extends EObject
{
  /**
   * Returns the value of the '<em><b>Key</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The DTMF key (0-9, * or #) that chooses the option; empty for speech only.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Key</em>' attribute.
   * @see #setKey(String)
   * @see tandem.ivr.model.IvrPackage#getMenuOption_Key()
   * @model
   * @generated
   */
  String getKey();

  /**
   * Sets the value of the '{@link tandem.ivr.model.MenuOption#getKey <em>Key</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Key</em>' attribute.
   * @see #getKey()
   * @generated
   */
  void setKey(String value);

  /**
   * Returns the value of the '<em><b>Phrases</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Spoken phrases that choose the option, separated by commas (billing, pay my bill).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Phrases</em>' attribute.
   * @see #setPhrases(String)
   * @see tandem.ivr.model.IvrPackage#getMenuOption_Phrases()
   * @model
   * @generated
   */
  String getPhrases();

  /**
   * Sets the value of the '{@link tandem.ivr.model.MenuOption#getPhrases <em>Phrases</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Phrases</em>' attribute.
   * @see #getPhrases()
   * @generated
   */
  void setPhrases(String value);

  /**
   * Returns the value of the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target</em>' reference.
   * @see #setTarget(Node)
   * @see tandem.ivr.model.IvrPackage#getMenuOption_Target()
   * @model
   * @generated
   */
  Node getTarget();

  /**
   * Sets the value of the '{@link tandem.ivr.model.MenuOption#getTarget <em>Target</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target</em>' reference.
   * @see #getTarget()
   * @generated
   */
  void setTarget(Node value);

} // MenuOption
