/**
 */
package tandem.core.model.impl;

import org.eclipse.emf.ecore.EClass;

import tandem.core.model.CorePackage;
import tandem.core.model.PlanDocument;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class PlanDocumentImpl extends NamedElementImpl implements PlanDocument
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected PlanDocumentImpl()
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
    return CorePackage.Literals.PLAN_DOCUMENT;
  }

} //PlanDocumentImpl
