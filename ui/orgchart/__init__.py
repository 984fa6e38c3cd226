"""The org chart on screen: a QGraphicsScene drawn from kam.orgchart's layout."""
