/**
 */
package tandem.ivr.model.impl;

import org.eclipse.emf.ecore.EClass;

import tandem.core.model.impl.NamedElementImpl;

import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.Node;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class NodeImpl extends NamedElementImpl implements Node
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected NodeImpl()
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
    return IvrPackage.Literals.NODE;
  }

} //NodeImpl
