/**
 */
package tandem.core.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import tandem.core.model.CorePackage;
import tandem.core.model.Queue;
import tandem.core.model.Team;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.impl.TeamImpl#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link tandem.core.model.impl.TeamImpl#getLead <em>Lead</em>}</li>
 *   <li>{@link tandem.core.model.impl.TeamImpl#getQueues <em>Queues</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeamImpl extends NamedElementImpl implements Team
{
  /**
   * The default value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHeadcount()
   * @generated
   * @ordered
   */
  protected static final int HEADCOUNT_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHeadcount()
   * @generated
   * @ordered
   */
  protected int headcount = HEADCOUNT_EDEFAULT;

  /**
   * The default value of the '{@link #getLead() <em>Lead</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLead()
   * @generated
   * @ordered
   */
  protected static final String LEAD_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLead() <em>Lead</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLead()
   * @generated
   * @ordered
   */
  protected String lead = LEAD_EDEFAULT;

  /**
   * The cached value of the '{@link #getQueues() <em>Queues</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQueues()
   * @generated
   * @ordered
   */
  protected EList<Queue> queues;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected TeamImpl()
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
    return CorePackage.Literals.TEAM;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getHeadcount()
  {
    return headcount;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setHeadcount(int newHeadcount)
  {
    int oldHeadcount = headcount;
    headcount = newHeadcount;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.TEAM__HEADCOUNT, oldHeadcount, headcount));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLead()
  {
    return lead;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLead(String newLead)
  {
    String oldLead = lead;
    lead = newLead;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.TEAM__LEAD, oldLead, lead));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Queue> getQueues()
  {
    if (queues == null)
    {
      queues = new EObjectResolvingEList<Queue>(Queue.class, this, CorePackage.TEAM__QUEUES);
    }
    return queues;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case CorePackage.TEAM__HEADCOUNT:
        return getHeadcount();
      case CorePackage.TEAM__LEAD:
        return getLead();
      case CorePackage.TEAM__QUEUES:
        return getQueues();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @SuppressWarnings("unchecked")
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case CorePackage.TEAM__HEADCOUNT:
        setHeadcount((Integer)newValue);
        return;
      case CorePackage.TEAM__LEAD:
        setLead((String)newValue);
        return;
      case CorePackage.TEAM__QUEUES:
        getQueues().clear();
        getQueues().addAll((Collection<? extends Queue>)newValue);
        return;
    }
    super.eSet(featureID, newValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case CorePackage.TEAM__HEADCOUNT:
        setHeadcount(HEADCOUNT_EDEFAULT);
        return;
      case CorePackage.TEAM__LEAD:
        setLead(LEAD_EDEFAULT);
        return;
      case CorePackage.TEAM__QUEUES:
        getQueues().clear();
        return;
    }
    super.eUnset(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case CorePackage.TEAM__HEADCOUNT:
        return headcount != HEADCOUNT_EDEFAULT;
      case CorePackage.TEAM__LEAD:
        return LEAD_EDEFAULT == null ? lead != null : !LEAD_EDEFAULT.equals(lead);
      case CorePackage.TEAM__QUEUES:
        return queues != null && !queues.isEmpty();
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (headcount: ");
    result.append(headcount);
    result.append(", lead: ");
    result.append(lead);
    result.append(')');
    return result.toString();
  }

} //TeamImpl
