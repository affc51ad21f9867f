/**
 */
package tandem.history.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.model.ContactCenter;

import tandem.core.model.impl.PlanDocumentImpl;

import tandem.core.rows.RowTable;

import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryImport;
import tandem.history.model.HistoryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact History</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.history.model.impl.ContactHistoryImpl#getContactCenter <em>Contact Center</em>}</li>
 *   <li>{@link tandem.history.model.impl.ContactHistoryImpl#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link tandem.history.model.impl.ContactHistoryImpl#getImports <em>Imports</em>}</li>
 *   <li>{@link tandem.history.model.impl.ContactHistoryImpl#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactHistoryImpl extends PlanDocumentImpl implements ContactHistory
{
  /**
   * The cached value of the '{@link #getContactCenter() <em>Contact Center</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getContactCenter()
   * @generated
   * @ordered
   */
  protected ContactCenter contactCenter;

  /**
   * The default value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntervalMinutes()
   * @generated
   * @ordered
   */
  protected static final int INTERVAL_MINUTES_EDEFAULT = 15;

  /**
   * The cached value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getIntervalMinutes()
   * @generated
   * @ordered
   */
  protected int intervalMinutes = INTERVAL_MINUTES_EDEFAULT;

  /**
   * The cached value of the '{@link #getImports() <em>Imports</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getImports()
   * @generated
   * @ordered
   */
  protected EList<HistoryImport> imports;

  /**
   * The default value of the '{@link #getRows() <em>Rows</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRows()
   * @generated
   * @ordered
   */
  protected static final RowTable ROWS_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRows() <em>Rows</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRows()
   * @generated
   * @ordered
   */
  protected RowTable rows = ROWS_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ContactHistoryImpl()
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
    return HistoryPackage.Literals.CONTACT_HISTORY;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ContactCenter getContactCenter()
  {
    if (contactCenter != null && contactCenter.eIsProxy())
    {
      InternalEObject oldContactCenter = (InternalEObject)contactCenter;
      contactCenter = (ContactCenter)eResolveProxy(oldContactCenter);
      if (contactCenter != oldContactCenter)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, HistoryPackage.CONTACT_HISTORY__CONTACT_CENTER, oldContactCenter, contactCenter));
      }
    }
    return contactCenter;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public ContactCenter basicGetContactCenter()
  {
    return contactCenter;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setContactCenter(ContactCenter newContactCenter)
  {
    ContactCenter oldContactCenter = contactCenter;
    contactCenter = newContactCenter;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, HistoryPackage.CONTACT_HISTORY__CONTACT_CENTER, oldContactCenter, contactCenter));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getIntervalMinutes()
  {
    return intervalMinutes;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setIntervalMinutes(int newIntervalMinutes)
  {
    int oldIntervalMinutes = intervalMinutes;
    intervalMinutes = newIntervalMinutes;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, HistoryPackage.CONTACT_HISTORY__INTERVAL_MINUTES, oldIntervalMinutes, intervalMinutes));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<HistoryImport> getImports()
  {
    if (imports == null)
    {
      imports = new EObjectContainmentEList<HistoryImport>(HistoryImport.class, this, HistoryPackage.CONTACT_HISTORY__IMPORTS);
    }
    return imports;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public RowTable getRows()
  {
    return rows;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRows(RowTable newRows)
  {
    RowTable oldRows = rows;
    rows = newRows;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, HistoryPackage.CONTACT_HISTORY__ROWS, oldRows, rows));
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
      case HistoryPackage.CONTACT_HISTORY__IMPORTS:
        return ((InternalEList<?>)getImports()).basicRemove(otherEnd, msgs);
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
      case HistoryPackage.CONTACT_HISTORY__CONTACT_CENTER:
        if (resolve) return getContactCenter();
        return basicGetContactCenter();
      case HistoryPackage.CONTACT_HISTORY__INTERVAL_MINUTES:
        return getIntervalMinutes();
      case HistoryPackage.CONTACT_HISTORY__IMPORTS:
        return getImports();
      case HistoryPackage.CONTACT_HISTORY__ROWS:
        return getRows();
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
      case HistoryPackage.CONTACT_HISTORY__CONTACT_CENTER:
        setContactCenter((ContactCenter)newValue);
        return;
      case HistoryPackage.CONTACT_HISTORY__INTERVAL_MINUTES:
        setIntervalMinutes((Integer)newValue);
        return;
      case HistoryPackage.CONTACT_HISTORY__IMPORTS:
        getImports().clear();
        getImports().addAll((Collection<? extends HistoryImport>)newValue);
        return;
      case HistoryPackage.CONTACT_HISTORY__ROWS:
        setRows((RowTable)newValue);
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
      case HistoryPackage.CONTACT_HISTORY__CONTACT_CENTER:
        setContactCenter((ContactCenter)null);
        return;
      case HistoryPackage.CONTACT_HISTORY__INTERVAL_MINUTES:
        setIntervalMinutes(INTERVAL_MINUTES_EDEFAULT);
        return;
      case HistoryPackage.CONTACT_HISTORY__IMPORTS:
        getImports().clear();
        return;
      case HistoryPackage.CONTACT_HISTORY__ROWS:
        setRows(ROWS_EDEFAULT);
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
      case HistoryPackage.CONTACT_HISTORY__CONTACT_CENTER:
        return contactCenter != null;
      case HistoryPackage.CONTACT_HISTORY__INTERVAL_MINUTES:
        return intervalMinutes != INTERVAL_MINUTES_EDEFAULT;
      case HistoryPackage.CONTACT_HISTORY__IMPORTS:
        return imports != null && !imports.isEmpty();
      case HistoryPackage.CONTACT_HISTORY__ROWS:
        return ROWS_EDEFAULT == null ? rows != null : !ROWS_EDEFAULT.equals(rows);
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
    result.append(" (intervalMinutes: ");
    result.append(intervalMinutes);
    result.append(", rows: ");
    result.append(rows);
    result.append(')');
    return result.toString();
  }

} //ContactHistoryImpl
