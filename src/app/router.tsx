import { createBrowserRouter } from 'react-router'
import { Layout } from './layout.tsx'
import { paths } from './paths.ts'
import { NotFoundRoute } from './routes/not-found.tsx'
import { RouteError } from './routes/route-error.tsx'
import { StartRoute } from './routes/start.tsx'

export const router = createBrowserRouter([
  {
    path: paths.start,
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <StartRoute /> },
      {
        path: paths.wizard,
        lazy: () => import('./routes/wizard.tsx').then((m) => ({ Component: m.WizardRoute })),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
])
