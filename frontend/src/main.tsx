import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import './i18n'
import './styles/global.css'
import { installApiInterceptors } from './api/interceptors'
import { App } from './app/App'

// CSRF header on unsafe requests, back to the login page on a 401: once, for every API call.
installApiInterceptors()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
