/**
 */
package tandem.ivr.model.impl;

import org.eclipse.emf.ecore.EClass;

import tandem.ivr.model.Disconnect;
import tandem.ivr.model.IvrPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disconnect</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DisconnectImpl extends NodeImpl implements Disconnect
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected DisconnectImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return IvrPackage.Literals.DISCONNECT;
  }

} //DisconnectImpl
