/**
 */
package tandem.history.model.impl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.history.model.HistoryImport;
import tandem.history.model.HistoryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.history.model.impl.HistoryImportImpl#getFile <em>File</em>}</li>
 *   <li>{@link tandem.history.model.impl.HistoryImportImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link tandem.history.model.impl.HistoryImportImpl#getRowsAdded <em>Rows Added</em>}</li>
 *   <li>{@link tandem.history.model.impl.HistoryImportImpl#getRowsSkipped <em>Rows Skipped</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HistoryImportImpl extends MinimalEObjectImpl.Container implements HistoryImport
{
  /**
   * The default value of the '{@link #getFile() <em>File</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFile()
   * @generated
   * @ordered
   */
  protected static final String FILE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFile()
   * @generated
   * @ordered
   */
  protected String file = FILE_EDEFAULT;

  /**
   * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getImportedAt()
   * @generated
   * @ordered
   */
  protected static final LocalDateTime IMPORTED_AT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getImportedAt()
   * @generated
   * @ordered
   */
  protected LocalDateTime importedAt = IMPORTED_AT_EDEFAULT;

  /**
   * The default value of the '{@link #getRowsAdded() <em>Rows Added</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRowsAdded()
   * @generated
   * @ordered
   */
  protected static final int ROWS_ADDED_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getRowsAdded() <em>Rows Added</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRowsAdded()
   * @generated
   * @ordered
   */
  protected int rowsAdded = ROWS_ADDED_EDEFAULT;

  /**
   * The default value of the '{@link #getRowsSkipped() <em>Rows Skipped</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRowsSkipped()
   * @generated
   * @ordered
   */
  protected static final int ROWS_SKIPPED_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getRowsSkipped() <em>Rows Skipped</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRowsSkipped()
   * @generated
   * @ordered
   */
  protected int rowsSkipped = ROWS_SKIPPED_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected HistoryImportImpl()
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
    return HistoryPackage.Literals.HISTORY_IMPORT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getFile()
  {
    return file;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setFile(String newFile)
  {
    String oldFile = file;
    file = newFile;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, HistoryPackage.HISTORY_IMPORT__FILE, oldFile, file));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDateTime getImportedAt()
  {
    return importedAt;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setImportedAt(LocalDateTime newImportedAt)
  {
    LocalDateTime oldImportedAt = importedAt;
    importedAt = newImportedAt;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, HistoryPackage.HISTORY_IMPORT__IMPORTED_AT, oldImportedAt, importedAt));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getRowsAdded()
  {
    return rowsAdded;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRowsAdded(int newRowsAdded)
  {
    int oldRowsAdded = rowsAdded;
    rowsAdded = newRowsAdded;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, HistoryPackage.HISTORY_IMPORT__ROWS_ADDED, oldRowsAdded, rowsAdded));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getRowsSkipped()
  {
    return rowsSkipped;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRowsSkipped(int newRowsSkipped)
  {
    int oldRowsSkipped = rowsSkipped;
    rowsSkipped = newRowsSkipped;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, HistoryPackage.HISTORY_IMPORT__ROWS_SKIPPED, oldRowsSkipped, rowsSkipped));
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
      case HistoryPackage.HISTORY_IMPORT__FILE:
        return getFile();
      case HistoryPackage.HISTORY_IMPORT__IMPORTED_AT:
        return getImportedAt();
      case HistoryPackage.HISTORY_IMPORT__ROWS_ADDED:
        return getRowsAdded();
      case HistoryPackage.HISTORY_IMPORT__ROWS_SKIPPED:
        return getRowsSkipped();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case HistoryPackage.HISTORY_IMPORT__FILE:
        setFile((String)newValue);
        return;
      case HistoryPackage.HISTORY_IMPORT__IMPORTED_AT:
        setImportedAt((LocalDateTime)newValue);
        return;
      case HistoryPackage.HISTORY_IMPORT__ROWS_ADDED:
        setRowsAdded((Integer)newValue);
        return;
      case HistoryPackage.HISTORY_IMPORT__ROWS_SKIPPED:
        setRowsSkipped((Integer)newValue);
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
      case HistoryPackage.HISTORY_IMPORT__FILE:
        setFile(FILE_EDEFAULT);
        return;
      case HistoryPackage.HISTORY_IMPORT__IMPORTED_AT:
        setImportedAt(IMPORTED_AT_EDEFAULT);
        return;
      case HistoryPackage.HISTORY_IMPORT__ROWS_ADDED:
        setRowsAdded(ROWS_ADDED_EDEFAULT);
        return;
      case HistoryPackage.HISTORY_IMPORT__ROWS_SKIPPED:
        setRowsSkipped(ROWS_SKIPPED_EDEFAULT);
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
      case HistoryPackage.HISTORY_IMPORT__FILE:
        return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
      case HistoryPackage.HISTORY_IMPORT__IMPORTED_AT:
        return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
      case HistoryPackage.HISTORY_IMPORT__ROWS_ADDED:
        return rowsAdded != ROWS_ADDED_EDEFAULT;
      case HistoryPackage.HISTORY_IMPORT__ROWS_SKIPPED:
        return rowsSkipped != ROWS_SKIPPED_EDEFAULT;
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
    result.append(" (file: ");
    result.append(file);
    result.append(", importedAt: ");
    result.append(importedAt);
    result.append(", rowsAdded: ");
    result.append(rowsAdded);
    result.append(", rowsSkipped: ");
    result.append(rowsSkipped);
    result.append(')');
    return result.toString();
  }

} //HistoryImportImpl
