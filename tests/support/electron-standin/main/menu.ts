/** Every role Electron knows (docs/api/menu-item.md, `role`). */
const roles = new Set(
  (
    'undo redo cut copy paste pasteAndMatchStyle delete selectAll reload forceReload ' +
    'toggleDevTools resetZoom zoomIn zoomOut toggleSpellChecker togglefullscreen window ' +
    'minimize close help about services hide hideOthers unhide quit showSubstitutions ' +
    'toggleSmartQuotes toggleSmartDashes toggleTextReplacement startSpeaking stopSpeaking zoom ' +
    'front appMenu fileMenu editMenu viewMenu shareMenu recentDocuments toggleTabBar ' +
    'selectNextTab selectPreviousTab showAllTabs mergeAllWindows clearRecentDocuments ' +
    'moveTabToNewWindow windowMenu'
  ).split(' '),
)

export interface MenuItemOptions {
  role?: string
  label?: string
  type?: string
  submenu?: MenuItemOptions[] | Menu
  click?: () => void
  [key: string]: unknown
}

export class MenuItem {
  readonly role?: string
  readonly label?: string
  readonly type: string
  readonly submenu?: Menu

  constructor(options: MenuItemOptions) {
    if (options.role !== undefined && !roles.has(options.role))
      throw new Error(`Unknown menu role '${options.role}'`)
    const { submenu } = options
    this.role = options.role
    this.label = options.label
    this.submenu =
      submenu instanceof Menu ? submenu : submenu ? Menu.buildFromTemplate(submenu) : undefined
    this.type = options.type ?? (this.submenu ? 'submenu' : 'normal')
    if (!this.role && !this.label && this.type !== 'separator' && !this.submenu)
      throw new Error('A menu item needs a role, a label, a submenu or the separator type')
  }
}

/** Electron's Menu (docs/api/menu.md): templates checked as Electron reads them. */
export class Menu {
  private static application: Menu | null = null
  readonly items: MenuItem[]

  private constructor(items: MenuItem[]) {
    this.items = items
  }

  static buildFromTemplate(template: (MenuItemOptions | MenuItem)[]): Menu {
    return new Menu(template.map((item) => (item instanceof MenuItem ? item : new MenuItem(item))))
  }

  static setApplicationMenu(menu: Menu | null) {
    Menu.application = menu
  }

  static getApplicationMenu = () => Menu.application
}
