/**
 */
package tandem.ivr.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Menu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A choice: the caller presses a key or says a phrase.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.Menu#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getMenu()
 * @model
 * @generated
 */
public interface Menu extends CallerInputNode
{
  /**
   * Returns the value of the '<em><b>Options</b></em>' containment reference list.
   * The list contents are of type {@link tandem.ivr.model.MenuOption}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Options</em>' containment reference list.
   * @see tandem.ivr.model.IvrPackage#getMenu_Options()
   * @model containment="true"
   * @generated
   */
  EList<MenuOption> getOptions();

} // Menu
