/**
 */
package tandem.training.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.campaign.model.Campaign;

import tandem.core.model.impl.NamedElementImpl;

import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Delivery;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.impl.CourseImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link tandem.training.model.impl.CourseImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link tandem.training.model.impl.CourseImpl#getDelivery <em>Delivery</em>}</li>
 *   <li>{@link tandem.training.model.impl.CourseImpl#getPreparesFor <em>Prepares For</em>}</li>
 *   <li>{@link tandem.training.model.impl.CourseImpl#getTeaches <em>Teaches</em>}</li>
 *   <li>{@link tandem.training.model.impl.CourseImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link tandem.training.model.impl.CourseImpl#getAudiences <em>Audiences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseImpl extends NamedElementImpl implements Course
{
  /**
   * The default value of the '{@link #getObjective() <em>Objective</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getObjective()
   * @generated
   * @ordered
   */
  protected static final String OBJECTIVE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getObjective() <em>Objective</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getObjective()
   * @generated
   * @ordered
   */
  protected String objective = OBJECTIVE_EDEFAULT;

  /**
   * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDurationMinutes()
   * @generated
   * @ordered
   */
  protected static final int DURATION_MINUTES_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDurationMinutes()
   * @generated
   * @ordered
   */
  protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

  /**
   * The default value of the '{@link #getDelivery() <em>Delivery</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDelivery()
   * @generated
   * @ordered
   */
  protected static final Delivery DELIVERY_EDEFAULT = Delivery.CLASSROOM;

  /**
   * The cached value of the '{@link #getDelivery() <em>Delivery</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDelivery()
   * @generated
   * @ordered
   */
  protected Delivery delivery = DELIVERY_EDEFAULT;

  /**
   * The cached value of the '{@link #getPreparesFor() <em>Prepares For</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPreparesFor()
   * @generated
   * @ordered
   */
  protected EList<Campaign> preparesFor;

  /**
   * The cached value of the '{@link #getTeaches() <em>Teaches</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTeaches()
   * @generated
   * @ordered
   */
  protected EList<KnowledgeItem> teaches;

  /**
   * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSessions()
   * @generated
   * @ordered
   */
  protected EList<Session> sessions;

  /**
   * The cached value of the '{@link #getAudiences() <em>Audiences</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudiences()
   * @generated
   * @ordered
   */
  protected EList<Audience> audiences;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected CourseImpl()
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
    return TrainingPackage.Literals.COURSE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getObjective()
  {
    return objective;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setObjective(String newObjective)
  {
    String oldObjective = objective;
    objective = newObjective;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.COURSE__OBJECTIVE, oldObjective, objective));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getDurationMinutes()
  {
    return durationMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDurationMinutes(int newDurationMinutes)
  {
    int oldDurationMinutes = durationMinutes;
    durationMinutes = newDurationMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.COURSE__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Delivery getDelivery()
  {
    return delivery;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDelivery(Delivery newDelivery)
  {
    Delivery oldDelivery = delivery;
    delivery = newDelivery == null ? DELIVERY_EDEFAULT : newDelivery;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.COURSE__DELIVERY, oldDelivery, delivery));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Campaign> getPreparesFor()
  {
    if (preparesFor == null)
    {
      preparesFor = new EObjectResolvingEList<Campaign>(Campaign.class, this, TrainingPackage.COURSE__PREPARES_FOR);
    }
    return preparesFor;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<KnowledgeItem> getTeaches()
  {
    if (teaches == null)
    {
      teaches = new EObjectResolvingEList<KnowledgeItem>(KnowledgeItem.class, this, TrainingPackage.COURSE__TEACHES);
    }
    return teaches;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Session> getSessions()
  {
    if (sessions == null)
    {
      sessions = new EObjectContainmentEList<Session>(Session.class, this, TrainingPackage.COURSE__SESSIONS);
    }
    return sessions;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Audience> getAudiences()
  {
    if (audiences == null)
    {
      audiences = new EObjectContainmentEList<Audience>(Audience.class, this, TrainingPackage.COURSE__AUDIENCES);
    }
    return audiences;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
  {
    switch (featureID)
    {
      case TrainingPackage.COURSE__SESSIONS:
        return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
      case TrainingPackage.COURSE__AUDIENCES:
        return ((InternalEList<?>)getAudiences()).basicRemove(otherEnd, msgs);
    }
    return super.eInverseRemove(otherEnd, featureID, msgs);
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
      case TrainingPackage.COURSE__OBJECTIVE:
        return getObjective();
      case TrainingPackage.COURSE__DURATION_MINUTES:
        return getDurationMinutes();
      case TrainingPackage.COURSE__DELIVERY:
        return getDelivery();
      case TrainingPackage.COURSE__PREPARES_FOR:
        return getPreparesFor();
      case TrainingPackage.COURSE__TEACHES:
        return getTeaches();
      case TrainingPackage.COURSE__SESSIONS:
        return getSessions();
      case TrainingPackage.COURSE__AUDIENCES:
        return getAudiences();
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
      case TrainingPackage.COURSE__OBJECTIVE:
        setObjective((String)newValue);
        return;
      case TrainingPackage.COURSE__DURATION_MINUTES:
        setDurationMinutes((Integer)newValue);
        return;
      case TrainingPackage.COURSE__DELIVERY:
        setDelivery((Delivery)newValue);
        return;
      case TrainingPackage.COURSE__PREPARES_FOR:
        getPreparesFor().clear();
        getPreparesFor().addAll((Collection<? extends Campaign>)newValue);
        return;
      case TrainingPackage.COURSE__TEACHES:
        getTeaches().clear();
        getTeaches().addAll((Collection<? extends KnowledgeItem>)newValue);
        return;
      case TrainingPackage.COURSE__SESSIONS:
        getSessions().clear();
        getSessions().addAll((Collection<? extends Session>)newValue);
        return;
      case TrainingPackage.COURSE__AUDIENCES:
        getAudiences().clear();
        getAudiences().addAll((Collection<? extends Audience>)newValue);
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
      case TrainingPackage.COURSE__OBJECTIVE:
        setObjective(OBJECTIVE_EDEFAULT);
        return;
      case TrainingPackage.COURSE__DURATION_MINUTES:
        setDurationMinutes(DURATION_MINUTES_EDEFAULT);
        return;
      case TrainingPackage.COURSE__DELIVERY:
        setDelivery(DELIVERY_EDEFAULT);
        return;
      case TrainingPackage.COURSE__PREPARES_FOR:
        getPreparesFor().clear();
        return;
      case TrainingPackage.COURSE__TEACHES:
        getTeaches().clear();
        return;
      case TrainingPackage.COURSE__SESSIONS:
        getSessions().clear();
        return;
      case TrainingPackage.COURSE__AUDIENCES:
        getAudiences().clear();
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
      case TrainingPackage.COURSE__OBJECTIVE:
        return OBJECTIVE_EDEFAULT == null ? objective != null : !OBJECTIVE_EDEFAULT.equals(objective);
      case TrainingPackage.COURSE__DURATION_MINUTES:
        return durationMinutes != DURATION_MINUTES_EDEFAULT;
      case TrainingPackage.COURSE__DELIVERY:
        return delivery != DELIVERY_EDEFAULT;
      case TrainingPackage.COURSE__PREPARES_FOR:
        return preparesFor != null && !preparesFor.isEmpty();
      case TrainingPackage.COURSE__TEACHES:
        return teaches != null && !teaches.isEmpty();
      case TrainingPackage.COURSE__SESSIONS:
        return sessions != null && !sessions.isEmpty();
      case TrainingPackage.COURSE__AUDIENCES:
        return audiences != null && !audiences.isEmpty();
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
    result.append(" (objective: ");
    result.append(objective);
    result.append(", durationMinutes: ");
    result.append(durationMinutes);
    result.append(", delivery: ");
    result.append(delivery);
    result.append(')');
    return result.toString();
  }

} //CourseImpl
