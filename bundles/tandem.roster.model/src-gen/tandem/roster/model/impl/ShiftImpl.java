/**
 */
package tandem.roster.model.impl;

import java.time.LocalDateTime;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.model.Queue;

import tandem.core.model.impl.IdentifiedImpl;

import tandem.roster.model.Activity;
import tandem.roster.model.Agent;
import tandem.roster.model.RosterPackage;
import tandem.roster.model.Shift;
import tandem.roster.model.ShiftTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shift</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.impl.ShiftImpl#getAgent <em>Agent</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftImpl#getStart <em>Start</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftImpl#getLengthMinutes <em>Length Minutes</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftImpl#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftImpl#isPinned <em>Pinned</em>}</li>
 *   <li>{@link tandem.roster.model.impl.ShiftImpl#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShiftImpl extends IdentifiedImpl implements Shift
{
  /**
   * The cached value of the '{@link #getAgent() <em>Agent</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAgent()
   * @generated
   * @ordered
   */
  protected Agent agent;

  /**
   * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStart()
   * @generated
   * @ordered
   */
  protected static final LocalDateTime START_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStart()
   * @generated
   * @ordered
   */
  protected LocalDateTime start = START_EDEFAULT;

  /**
   * The default value of the '{@link #getLengthMinutes() <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLengthMinutes()
   * @generated
   * @ordered
   */
  protected static final int LENGTH_MINUTES_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getLengthMinutes() <em>Length Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLengthMinutes()
   * @generated
   * @ordered
   */
  protected int lengthMinutes = LENGTH_MINUTES_EDEFAULT;

  /**
   * The cached value of the '{@link #getQueue() <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQueue()
   * @generated
   * @ordered
   */
  protected Queue queue;

  /**
   * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTemplate()
   * @generated
   * @ordered
   */
  protected ShiftTemplate template;

  /**
   * The default value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isPinned()
   * @generated
   * @ordered
   */
  protected static final boolean PINNED_EDEFAULT = false;

  /**
   * The cached value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isPinned()
   * @generated
   * @ordered
   */
  protected boolean pinned = PINNED_EDEFAULT;

  /**
   * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getActivities()
   * @generated
   * @ordered
   */
  protected EList<Activity> activities;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ShiftImpl()
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
    return RosterPackage.Literals.SHIFT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Agent getAgent()
  {
    if (agent != null && agent.eIsProxy())
    {
      InternalEObject oldAgent = (InternalEObject)agent;
      agent = (Agent)eResolveProxy(oldAgent);
      if (agent != oldAgent)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, RosterPackage.SHIFT__AGENT, oldAgent, agent));
      }
    }
    return agent;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Agent basicGetAgent()
  {
    return agent;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAgent(Agent newAgent)
  {
    Agent oldAgent = agent;
    agent = newAgent;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT__AGENT, oldAgent, agent));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDateTime getStart()
  {
    return start;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStart(LocalDateTime newStart)
  {
    LocalDateTime oldStart = start;
    start = newStart;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT__START, oldStart, start));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getLengthMinutes()
  {
    return lengthMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLengthMinutes(int newLengthMinutes)
  {
    int oldLengthMinutes = lengthMinutes;
    lengthMinutes = newLengthMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT__LENGTH_MINUTES, oldLengthMinutes, lengthMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Queue getQueue()
  {
    if (queue != null && queue.eIsProxy())
    {
      InternalEObject oldQueue = (InternalEObject)queue;
      queue = (Queue)eResolveProxy(oldQueue);
      if (queue != oldQueue)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, RosterPackage.SHIFT__QUEUE, oldQueue, queue));
      }
    }
    return queue;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Queue basicGetQueue()
  {
    return queue;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setQueue(Queue newQueue)
  {
    Queue oldQueue = queue;
    queue = newQueue;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT__QUEUE, oldQueue, queue));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ShiftTemplate getTemplate()
  {
    if (template != null && template.eIsProxy())
    {
      InternalEObject oldTemplate = (InternalEObject)template;
      template = (ShiftTemplate)eResolveProxy(oldTemplate);
      if (template != oldTemplate)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, RosterPackage.SHIFT__TEMPLATE, oldTemplate, template));
      }
    }
    return template;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public ShiftTemplate basicGetTemplate()
  {
    return template;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTemplate(ShiftTemplate newTemplate)
  {
    ShiftTemplate oldTemplate = template;
    template = newTemplate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT__TEMPLATE, oldTemplate, template));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isPinned()
  {
    return pinned;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPinned(boolean newPinned)
  {
    boolean oldPinned = pinned;
    pinned = newPinned;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, RosterPackage.SHIFT__PINNED, oldPinned, pinned));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Activity> getActivities()
  {
    if (activities == null)
    {
      activities = new EObjectContainmentEList<Activity>(Activity.class, this, RosterPackage.SHIFT__ACTIVITIES);
    }
    return activities;
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
      case RosterPackage.SHIFT__ACTIVITIES:
        return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
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
      case RosterPackage.SHIFT__AGENT:
        if (resolve) return getAgent();
        return basicGetAgent();
      case RosterPackage.SHIFT__START:
        return getStart();
      case RosterPackage.SHIFT__LENGTH_MINUTES:
        return getLengthMinutes();
      case RosterPackage.SHIFT__QUEUE:
        if (resolve) return getQueue();
        return basicGetQueue();
      case RosterPackage.SHIFT__TEMPLATE:
        if (resolve) return getTemplate();
        return basicGetTemplate();
      case RosterPackage.SHIFT__PINNED:
        return isPinned();
      case RosterPackage.SHIFT__ACTIVITIES:
        return getActivities();
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
      case RosterPackage.SHIFT__AGENT:
        setAgent((Agent)newValue);
        return;
      case RosterPackage.SHIFT__START:
        setStart((LocalDateTime)newValue);
        return;
      case RosterPackage.SHIFT__LENGTH_MINUTES:
        setLengthMinutes((Integer)newValue);
        return;
      case RosterPackage.SHIFT__QUEUE:
        setQueue((Queue)newValue);
        return;
      case RosterPackage.SHIFT__TEMPLATE:
        setTemplate((ShiftTemplate)newValue);
        return;
      case RosterPackage.SHIFT__PINNED:
        setPinned((Boolean)newValue);
        return;
      case RosterPackage.SHIFT__ACTIVITIES:
        getActivities().clear();
        getActivities().addAll((Collection<? extends Activity>)newValue);
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
      case RosterPackage.SHIFT__AGENT:
        setAgent((Agent)null);
        return;
      case RosterPackage.SHIFT__START:
        setStart(START_EDEFAULT);
        return;
      case RosterPackage.SHIFT__LENGTH_MINUTES:
        setLengthMinutes(LENGTH_MINUTES_EDEFAULT);
        return;
      case RosterPackage.SHIFT__QUEUE:
        setQueue((Queue)null);
        return;
      case RosterPackage.SHIFT__TEMPLATE:
        setTemplate((ShiftTemplate)null);
        return;
      case RosterPackage.SHIFT__PINNED:
        setPinned(PINNED_EDEFAULT);
        return;
      case RosterPackage.SHIFT__ACTIVITIES:
        getActivities().clear();
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
      case RosterPackage.SHIFT__AGENT:
        return agent != null;
      case RosterPackage.SHIFT__START:
        return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
      case RosterPackage.SHIFT__LENGTH_MINUTES:
        return lengthMinutes != LENGTH_MINUTES_EDEFAULT;
      case RosterPackage.SHIFT__QUEUE:
        return queue != null;
      case RosterPackage.SHIFT__TEMPLATE:
        return template != null;
      case RosterPackage.SHIFT__PINNED:
        return pinned != PINNED_EDEFAULT;
      case RosterPackage.SHIFT__ACTIVITIES:
        return activities != null && !activities.isEmpty();
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
    result.append(" (start: ");
    result.append(start);
    result.append(", lengthMinutes: ");
    result.append(lengthMinutes);
    result.append(", pinned: ");
    result.append(pinned);
    result.append(')');
    return result.toString();
  }

} //ShiftImpl
