/**
 */
package tandem.roster.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Activity Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.roster.model.RosterPackage#getActivityKind()
 * @model
 * @generated
 */
public enum ActivityKind implements Enumerator
{
  /**
   * The '<em><b>Break</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #BREAK_VALUE
   * @generated
   * @ordered
   */
  BREAK(0, "break", "break"),

  /**
   * The '<em><b>Lunch</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #LUNCH_VALUE
   * @generated
   * @ordered
   */
  LUNCH(1, "lunch", "lunch"),

  /**
   * The '<em><b>Meeting</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #MEETING_VALUE
   * @generated
   * @ordered
   */
  MEETING(2, "meeting", "meeting"),

  /**
   * The '<em><b>Training</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #TRAINING_VALUE
   * @generated
   * @ordered
   */
  TRAINING(3, "training", "training");

  /**
   * The '<em><b>Break</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #BREAK
   * @model name="break"
   * @generated
   * @ordered
   */
  public static final int BREAK_VALUE = 0;

  /**
   * The '<em><b>Lunch</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #LUNCH
   * @model name="lunch"
   * @generated
   * @ordered
   */
  public static final int LUNCH_VALUE = 1;

  /**
   * The '<em><b>Meeting</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #MEETING
   * @model name="meeting"
   * @generated
   * @ordered
   */
  public static final int MEETING_VALUE = 2;

  /**
   * The '<em><b>Training</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #TRAINING
   * @model name="training"
   * @generated
   * @ordered
   */
  public static final int TRAINING_VALUE = 3;

  /**
   * An array of all the '<em><b>Activity Kind</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final ActivityKind[] VALUES_ARRAY =
    new ActivityKind[]
    {
      BREAK,
      LUNCH,
      MEETING,
      TRAINING,
    };

  /**
   * A public read-only list of all the '<em><b>Activity Kind</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<ActivityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Activity Kind</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static ActivityKind get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      ActivityKind result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Activity Kind</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static ActivityKind getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      ActivityKind result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Activity Kind</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static ActivityKind get(int value)
  {
    switch (value)
    {
      case BREAK_VALUE: return BREAK;
      case LUNCH_VALUE: return LUNCH;
      case MEETING_VALUE: return MEETING;
      case TRAINING_VALUE: return TRAINING;
    }
    return null;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final int value;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String name;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String literal;

  /**
   * Only this class can construct instances.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private ActivityKind(int value, String name, String literal)
  {
    this.value = value;
    this.name = name;
    this.literal = literal;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getValue()
  {
    return value;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLiteral()
  {
    return literal;
  }

  /**
   * Returns the literal value of the enumerator, which is its string representation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    return literal;
  }
  
} //ActivityKind
