import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { PlainElement } from './PlainElement.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <PlainElement />
  </StrictMode>,
);
