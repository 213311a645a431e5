"""Number formats that follow CLDR where Django's own locale formats do not."""
