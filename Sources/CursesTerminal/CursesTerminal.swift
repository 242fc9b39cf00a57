import CNCursesW
import RundeTUI
